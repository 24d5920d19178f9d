// What a timeline says so far: the session's state and the chat. Pure functions over timeline entries.

/**
 * The state after the given entries: "invited", "awaiting consent", "connected", "control requested",
 * "control", "paused", "declined" or "ended".
 */
export function replayState(entries) {
  let phase = 'none';
  let control = 'none';
  let paused = false;
  for (const { eventType } of entries) {
    switch (eventType) {
      case 'InvitationCreatedEvent': if (phase === 'none') { phase = 'invited'; } break;
      case 'SessionRequestedEvent': phase = 'awaiting consent'; break;
      case 'ConnectionAllowedEvent': phase = 'connected'; break;
      case 'ConnectionDeclinedEvent': phase = 'declined'; break;
      case 'ControlRequestedEvent': control = 'requested'; break;
      case 'ControlGrantedEvent': control = 'shared'; break;
      case 'ControlRequestDeclinedEvent':
      case 'ControlRequestRefusedByPolicyEvent':
      case 'ControlRevokedEvent': control = 'none'; break;
      case 'SessionPausedEvent': paused = true; break;
      case 'SessionResumedEvent': paused = false; break;
      case 'SessionEndedEvent':
      case 'HelperAlreadyConnectedEvent': phase = 'ended'; break;
      default: break;
    }
  }
  if (phase === 'ended' || phase === 'declined' || phase === 'none' || phase === 'invited'
      || phase === 'awaiting consent') {
    return phase === 'none' ? 'not started' : phase;
  }
  if (paused) {
    return 'paused';
  }
  if (control === 'shared') {
    return 'control';
  }
  return control === 'requested' ? 'control requested' : 'connected';
}

/** The chat lines among the entries, oldest first: {sender, text}. */
export function chatLines(entries) {
  return entries.filter((e) => e.eventType === 'ChatMessageSentEvent')
    .map((e) => ({ sender: e.actor, text: e.detail ?? '' }));
}
