package io.remoteassist.agent.share;

import io.remoteassist.agent.log.SessionLogFollower;
import io.remoteassist.agent.policy.AppliedPolicy;
import io.remoteassist.agent.policy.BandwidthPolicy;
import io.remoteassist.agent.policy.PolicyClient;
import io.remoteassist.capture.api.BandwidthLevel;
import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.ControlGate;
import io.remoteassist.capture.api.SourceSelection;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameSink;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.ChatMessage;
import io.remoteassist.transport.protocol.ControlMode;
import io.remoteassist.transport.protocol.ControlState;
import io.remoteassist.transport.protocol.InputEvent;
import io.remoteassist.transport.protocol.Payload;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.Ping;
import io.remoteassist.session.api.log.SessionLogFormatException;
import io.remoteassist.transport.protocol.Pong;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The User's side of one assistance session ({@code ra share}): keys the end-to-end channel with the Helper's
 * console through the relay, shares the screen while the session state lets it (VIEW_ONLY, CONTROL_REQUESTED,
 * CONTROL_SHARED), and injects the Helper's input only while the User shares control.
 *
 * <p>Control: the Helper asks with {@code CONTROL_STATE(REQUESTED)}; the agent grants when the User says yes (on the
 * terminal, or {@code --allow-control}), or when the session state becomes CONTROL_SHARED, and answers
 * {@code GRANTED}; the gate opens only then. It takes control back — {@code REVOKED}, gate closed, keys released —
 * when the User presses Esc, when the session leaves CONTROL_SHARED after having been there, or when the Helper
 * gives it back. The agent is the authority: the server's state check is a second gate, not the only one.
 */
public final class ShareSession implements AutoCloseable {

    static final Set<String> VIEWING = Set.of("VIEW_ONLY", "CONTROL_REQUESTED", "CONTROL_SHARED");
    static final Set<String> FINAL = Set.of("DECLINED", "ENDED", "REFUSED");

    private final ShareOptions options;
    private final PrintStream out;
    private final BooleanSupplier askUser;
    private final ServerApi api;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicReference<TransportStatus> endStatus = new AtomicReference<>();
    private SecureChannel channel;
    private RelaySocket socket;
    private Outbound outbound;
    private ScreenStreamer streamer;
    private CursorStreamer cursor;
    /** Open once the socket's consumers exist: a Helper already on the relay can speak as soon as it connects. */
    private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    private ControlGate gate;
    private XEscapeWatcher escape;
    private InputTranslator translator;
    private SourceSelection selection;
    private volatile String state = "UNKNOWN";
    private volatile boolean controlShared;
    private volatile boolean sessionGrantedControl;
    private volatile boolean controlThroughSession;
    private SessionLogFollower log;
    private PolicyClient policy;
    private long logFetchedAt;
    private volatile ShareEvents events = ShareEvents.NONE;
    private volatile QuestionAsker asker;
    private volatile BooleanSupplier escapeIgnored = () -> false;
    private volatile AppliedPolicy applied;
    private volatile BandwidthLevel chosenBandwidth;
    /** The User's Esc took control back: a CONTROL_SHARED state the server has not yet left does not grant again. */
    private volatile boolean escapeRevoked;

    /**
     * @param options how to run
     * @param out     where the User reads what happens (chat, control, the confirmation code)
     * @param askUser asks the User whether the Helper may take control; used unless headless
     */
    public ShareSession(ShareOptions options, PrintStream out, BooleanSupplier askUser) {
        this.options = options;
        this.out = out;
        this.askUser = askUser;
        this.api = new ServerApi(options.server(), options.credentials());
    }

    /**
     * The User answers control requests elsewhere (the headless agent's terminal, through the session): a request
     * from the Helper waits for the session to reach CONTROL_SHARED, and a request the User refused is answered
     * DENIED. Call before {@link #start()}.
     */
    public void answerControlThroughSession() {
        controlThroughSession = true;
    }

    /** Connects, keys the channel and starts the capture thread (idle until consent). */
    public void start() {
        awaitSession();
        byte[] signature = null;
        if (options.srpKey() != null) {
            channel = SecureChannel.fromSrp(options.sessionId(), Role.USER, options.srpKey());
            out.println("encrypted with the invitation's SRP-6a key; confirmation code " + channel.confirmation());
        } else {
            channel = new SecureChannel(options.sessionId(), Role.USER, api.signingKey(), new SecureRandom());
            signature = api.signKey(options.sessionId(), Role.USER.name(), channel.publicKey());
        }
        selection = Capture.bestSource(options.display());
        out.println("capture: " + selection.source().name() + " " + selection.source().width() + "x"
            + selection.source().height() + " (" + selection.reason() + ")");
        translator = new InputTranslator(selection.source().width(), selection.source().height());
        gate = Capture.gate(Capture.robotInjector());
        escape = new XEscapeWatcher(options.display() != null ? options.display() : System.getenv("DISPLAY"), gate);
        socket = RelaySocket.connect(api.relay(options.sessionId(), Role.USER.name()), options.credentials(),
            new Inbound());
        outbound = new Outbound(socket, channel, e -> end(e.status(), e.getMessage()));
        streamer = new ScreenStreamer(selection.source(), options.lossy(), options.fps(), outbound,
            e -> end(TransportStatus.INTERNAL_ERROR, "capture failed: " + e.getMessage()));
        cursor = new CursorStreamer(Capture.cursorSource(options.display()), options.fps(), outbound::offerCursor,
            out::println).start();
        streamer.onRefresh(cursor::refresh);
        out.println("pointer: " + cursor.sourceName());
        started.countDown();
        if (signature != null) {
            outbound.offer(channel.offer(signature));
        }
        startPolicy();
        if (options.documents() != null) {
            log = new SessionLogFollower(options.documents(), options.logTurnedOff(), ZoneId.systemDefault(),
                out::println);
        }
        out.println((VIEWING.contains(state) ? "sharing the screen with the Helper" : "waiting for the Helper and for "
            + "consent") + " (session " + options.sessionId() + ")");
    }

    /**
     * Holds this computer's Group Policy over the push WebSocket; each policy applied sets the pipeline's bandwidth
     * level. Without an answer the screen is sent without optimization.
     */
    private void startPolicy() {
        String computer = api.computer(options.sessionId());
        if (computer.isBlank()) {
            return;
        }
        policy = PolicyClient.builder(PolicyClient.endpointOf(options.server().toString()), computer)
            .onApply(this::applyPolicy).build().start();
    }

    /** Applies a pushed policy to the capture pipeline. */
    void applyPolicy(AppliedPolicy applied) {
        this.applied = applied;
        BandwidthLevel level = chosenBandwidth != null && !bandwidthByPolicy() ? chosenBandwidth
            : BandwidthPolicy.level(applied);
        if (level != streamer.bandwidth()) {
            streamer.bandwidth(level);
            out.println(BandwidthPolicy.note(level) + " (policy " + applied.version() + ")");
        }
        events.policyApplied(applied);
    }

    /** @return the bandwidth level the pipeline applies now */
    public BandwidthLevel bandwidth() {
        return streamer == null ? BandwidthLevel.NONE : streamer.bandwidth();
    }

    /** Shows the session log's new entries and keeps its file, at most once a second. */
    private void followLog(boolean force) {
        if (log == null || (!force && System.currentTimeMillis() - logFetchedAt < 1000)) {
            return;
        }
        logFetchedAt = System.currentTimeMillis();
        try {
            log.update(api.log(options.sessionId()));
        } catch (ShareException | SessionLogFormatException | java.io.IOException e) {
            out.println("log: " + e.getMessage());
        }
    }

    /** The session directory knows a just-accepted session a moment later: wait up to ten seconds. */
    private void awaitSession() {
        for (int attempt = 0; ; attempt++) {
            try {
                state = api.state(options.sessionId());
                return;
            } catch (ShareException e) {
                if (attempt >= 20) {
                    throw e;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShareException("interrupted");
            }
        }
    }

    /** {@link #run()} on a daemon thread named {@code name}, for a caller that has other work to do meanwhile. */
    public Thread runInBackground(String name) {
        Thread thread = new Thread(() -> {
            try {
                run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Follows the session state until it ends.
     *
     * @return how the session ended
     */
    public TransportStatus run() throws InterruptedException {
        while (!ended.await(300, TimeUnit.MILLISECONDS)) {
            try {
                follow(api.state(options.sessionId()));
            } catch (ShareException e) {
                out.println("ra share: " + e.getMessage());
            }
            followLog(false);
        }
        followLog(true);
        if (log != null) {
            log.file().ifPresent(f -> out.println("log: saved " + f));
        }
        return endStatus.get();
    }

    private void follow(String now) {
        String before = state;
        state = now;
        if (!now.equals(before)) {
            out.println("session: " + now);
            events.stateChanged(now);
        }
        if (asker != null && "AWAITING_CONSENT".equals(now)) {
            asker.connection();
        }
        if (FINAL.contains(now)) {
            end("DECLINED".equals(now) ? TransportStatus.REFUSED : TransportStatus.SUCCESS, "session " + now);
            return;
        }
        share(channel.keyed() && VIEWING.contains(now));
        if (!"CONTROL_SHARED".equals(now)) {
            escapeRevoked = false;
        }
        if ("CONTROL_SHARED".equals(now) && !controlShared && !escapeRevoked && channel.keyed()) {
            sessionGrantedControl = true;
            grant();
        } else if (sessionGrantedControl && "CONTROL_SHARED".equals(before) && !"CONTROL_SHARED".equals(now)) {
            revoke("the session left CONTROL_SHARED");
        } else if (controlThroughSession && "CONTROL_REQUESTED".equals(before) && "VIEW_ONLY".equals(now)) {
            outbound.offer(PayloadCodec.encode(new ControlState(ControlMode.DENIED)));
        }
    }

    /** The screen and the pointer travel together: both only while the session lets the Helper see. */
    private void share(boolean on) {
        streamer.share(on);
        cursor.share(on);
    }

    /** @return whether the Helper's input currently reaches the desktop */
    public boolean controlShared() {
        return controlShared;
    }

    /** @return figures for the log and benchmarks */
    public String figures() {
        return "frames=" + streamer.frames() + " tiles=" + streamer.tiles() + " copy_tiles=" + streamer.copies()
            + " sent_bytes=" + outbound.sentBytes()
            + " coalesced_tiles=" + outbound.coalesced() + " frame_us=" + streamer.meanFrameMicros()
            + " input_dropped=" + gate.droppedCount() + " " + cursor.figures()
            + " cursor_coalesced=" + outbound.cursorCoalesced();
    }

    int screenWidth() {
        return selection.source().width();
    }

    int screenHeight() {
        return selection.source().height();
    }

    String sourceName() {
        return selection.source().name();
    }

    StreamFigures streamFigures() {
        return streamer.figures();
    }

    private synchronized void grant() {
        if (controlShared || !VIEWING.contains(state) && !"UNKNOWN".equals(state)) {
            return;
        }
        controlShared = true;
        gate.setControlShared(true);
        outbound.offer(PayloadCodec.encode(new ControlState(ControlMode.GRANTED)));
        escape.start(() -> {
            if (escapeIgnored.getAsBoolean()) {
                return;
            }
            escapeRevoked = true;
            revoke("Esc pressed");
            // the revoke closed (interrupted) this watcher thread: the server hears of it from a thread of its own
            Thread record = new Thread(() -> recordRevoke("user-escape"), "ra-share-revoke");
            record.setDaemon(true);
            record.start();
        });
        out.println("control: shared with the Helper (press Esc to take it back)");
        events.controlChanged(true);
    }

    private synchronized void revoke(String why) {
        if (!controlShared) {
            return;
        }
        controlShared = false;
        gate.setControlShared(false);
        escape.close();
        outbound.offer(PayloadCodec.encode(new ControlState(ControlMode.REVOKED)));
        out.println("control: taken back (" + why + ")");
        events.controlChanged(false);
    }

    /** Tells the server the User took control back, so the session (and the relay's gate) follow at once. */
    private void recordRevoke(String reason) {
        try {
            api.revokeControl(options.sessionId(), reason);
        } catch (RuntimeException e) {
            // the session may not have been in CONTROL_SHARED (control granted by the agent alone): nothing to undo
            out.println("control: the server did not record the revoke (" + e.getMessage() + ")");
        }
    }

    private void controlRequested() {
        if (controlShared) {
            outbound.offer(PayloadCodec.encode(new ControlState(ControlMode.GRANTED)));
            return;
        }
        if (options.allowControl()) {
            grant();
            return;
        }
        if (controlThroughSession) {
            return;
        }
        if (asker != null) {
            asker.control(() -> state, this::grant,
                () -> outbound.offer(PayloadCodec.encode(new ControlState(ControlMode.DENIED))));
            return;
        }
        if (options.headless()) {
            outbound.offer(PayloadCodec.encode(new ControlState(ControlMode.DENIED)));
            out.println("control: the Helper asked; refused (headless without --allow-control)");
            return;
        }
        Thread ask = new Thread(() -> {
            try {
                api.warningBeforeSharingControl(options.sessionId())
                    .ifPresent(w -> out.println("Warning: " + printable(w)));
            } catch (ShareException e) {
                out.println("control: the policy's warning could not be read (" + e.getMessage() + ")");
            }
            out.println("control: the Helper asks to control your computer. Allow? [y/N]");
            if (askUser.getAsBoolean()) {
                grant();
            } else {
                outbound.offer(PayloadCodec.encode(new ControlState(ControlMode.DENIED)));
            }
        }, "ra-share-ask");
        ask.setDaemon(true);
        ask.start();
    }

    private void end(TransportStatus status, String why) {
        if (endStatus.compareAndSet(null, status)) {
            out.println("session ended: " + why);
            ended.countDown();
            events.ended(why);
        }
    }

    @Override
    public void close() {
        end(TransportStatus.GOING_AWAY, "closed");
        if (gate != null) {
            gate.setControlShared(false);
        }
        if (escape != null) {
            escape.close();
        }
        if (policy != null) {
            policy.close();
        }
        if (streamer != null) {
            streamer.close();
        }
        if (cursor != null) {
            cursor.close();
        }
        if (outbound != null) {
            outbound.close();
        }
        if (socket != null) {
            socket.close(TransportStatus.GOING_AWAY);
        }
    }

    /** Frames from the Helper, on the socket's thread. */
    private final class Inbound implements FrameSink {

        @Override
        public void accept(Frame frame) throws TransportException {
            try {
                if (!started.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new TransportException(TransportStatus.INTERNAL_ERROR, "the share did not start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(TransportStatus.GOING_AWAY, "interrupted");
            }
            if (frame.encrypted()) {
                dispatch(PayloadCodec.decode(channel.open(frame)));
            } else if (frame.type().confidential()) {
                throw new TransportException(TransportStatus.ENCRYPTION_REQUIRED, frame.type() + " in clear");
            } else {
                dispatch(PayloadCodec.decode(frame));
            }
        }

        private void dispatch(Payload payload) throws TransportException {
            if (payload instanceof Auth auth) {
                channel.accept(auth);
                out.println("encrypted end to end; confirmation code " + channel.confirmation());
                events.helperConnected(channel.confirmation());
                share(VIEWING.contains(state));
            } else if (payload instanceof InputEvent input) {
                translator.translate(input).ifPresent(gate::inject);
            } else if (payload instanceof ControlState control) {
                if (control.mode() == ControlMode.REQUESTED) {
                    controlRequested();
                } else if (control.mode() == ControlMode.REVOKED || control.mode() == ControlMode.VIEW_ONLY) {
                    revoke("the Helper gave it back");
                }
            } else if (payload instanceof ChatMessage chat) {
                out.println("[chat] " + printable(chat.sender()) + ": " + printable(chat.text()));
                events.chatReceived(chat.sender(), chat.text());
            } else if (payload instanceof Ping ping) {
                outbound.offer(PayloadCodec.encode(ping.answer()));
            } else if (payload instanceof Pong pong) {
                outbound.acknowledged(pong.timestamp());
            }
        }

        @Override
        public void closed(TransportStatus status) {
            end(status, "relay: " + status.meaning());
        }
    }

    /** Sends a chat line to the Helper. */
    public void chat(String text) {
        outbound.offer(PayloadCodec.encode(new ChatMessage(options.name(), text, Instant.now())));
    }

    /** Tells {@code listener} what happens from now on (the User's window); set it before {@link #start}. */
    public void listen(ShareEvents listener) {
        events = listener == null ? ShareEvents.NONE : listener;
    }

    /** Asks the consent questions through {@code questions} instead of the terminal; set it before {@link #start}. */
    public void ask(ShareQuestions questions) {
        asker = new QuestionAsker(api, options.sessionId(), questions, out);
    }

    /** While {@code ignored} says so (the User's own window has the keyboard), Esc does not take control back. */
    public void ignoreEscapeWhile(BooleanSupplier ignored) {
        escapeIgnored = ignored;
    }

    /** @return the session's state as last followed (a {@code SessionState} name) */
    public String state() {
        return state;
    }

    /** @return whether the Helper's end has keyed the channel (chat and the screen reach them only then) */
    public boolean helperConnected() {
        return channel != null && channel.keyed();
    }

    /** @return the six-digit code the Helper's console shows too, once the channel is keyed */
    public java.util.Optional<String> confirmation() {
        return helperConnected() ? java.util.Optional.ofNullable(channel.confirmation()) : java.util.Optional.empty();
    }

    /** Pauses the session: its PAUSED state stops the screen and the Helper's input until {@link #resume}. */
    public void pause() {
        api.act(options.sessionId(), "pause", java.util.Map.of());
    }

    /** Continues a paused session. */
    public void resume() {
        api.act(options.sessionId(), "resume", java.util.Map.of());
    }

    /** Stop sharing: ends the session for both sides. */
    public void stop() {
        api.act(options.sessionId(), "end", java.util.Map.of("reason", "stopped sharing"));
    }

    /** @return whether Group Policy sets the bandwidth level here (the User cannot change it then) */
    public boolean bandwidthByPolicy() {
        AppliedPolicy now = applied;
        return now != null && "enabled".equals(now.state(BandwidthPolicy.SETTING));
    }

    /** Sets the bandwidth level the User chose; refused while Group Policy sets it. */
    public void chooseBandwidth(BandwidthLevel level) {
        if (bandwidthByPolicy()) {
            throw new ShareException("Group Policy sets the bandwidth level on this computer");
        }
        chosenBandwidth = level;
        if (streamer != null && level != streamer.bandwidth()) {
            streamer.bandwidth(level);
            out.println(BandwidthPolicy.note(level) + " (chosen by the User)");
        }
    }

    /** @return whether Group Policy turns session logging on for this computer (the User cannot turn it off) */
    public boolean logForcedByPolicy() {
        AppliedPolicy now = applied;
        return now != null && "enabled".equals(now.state("logging"));
    }

    /** @return whether this side keeps a log file of the session */
    public boolean sessionLogOn() {
        return log != null && io.remoteassist.session.api.log.SessionLogging.enabled(logForcedByPolicy(),
            log.turnedOff());
    }

    /** @return whether this side follows the session's log (it has a documents folder to keep it in) */
    public boolean sessionLogAvailable() {
        return log != null;
    }

    /** Turns this side's log file on or off from now on; refused where Group Policy forces logging. */
    public void sessionLog(boolean on) {
        if (log == null) {
            throw new ShareException("no documents folder to keep the session log in");
        }
        if (!on && logForcedByPolicy()) {
            throw new ShareException("Group Policy requires a log of this session");
        }
        log.turnOff(!on);
        out.println("log: " + (on ? "kept" : "no longer kept") + " on this computer (chosen by the User)");
    }

    private static String printable(String text) {
        return text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
