package io.remoteassist.agent.window;

import io.remoteassist.agent.share.ShareEvents;
import io.remoteassist.agent.share.ShareException;
import io.remoteassist.agent.share.ShareQuestions;
import io.remoteassist.capture.api.BandwidthLevel;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** A stand-in for the shared session in the window's unit tests: it records what the window asked of it. */
final class FakeSharing implements Sharing {

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<String> sent = new CopyOnWriteArrayList<>();
    volatile String state = "AWAITING_CONSENT";
    volatile boolean control;
    volatile boolean connected;
    volatile ShareEvents events;
    volatile ShareQuestions questions;
    volatile BooleanSupplier escapeIgnored;
    volatile String refusal;
    volatile BandwidthLevel bandwidth = BandwidthLevel.NONE;
    volatile boolean bandwidthByPolicy;
    volatile boolean logAvailable = true;
    volatile boolean logOn = true;
    volatile boolean logForced;

    @Override
    public String state() {
        return state;
    }

    @Override
    public boolean controlShared() {
        return control;
    }

    @Override
    public boolean helperConnected() {
        return connected;
    }

    @Override
    public Optional<String> confirmation() {
        return connected ? Optional.of("123456") : Optional.empty();
    }

    @Override
    public String name() {
        return "alice";
    }

    @Override
    public void listen(ShareEvents listener) {
        events = listener;
    }

    @Override
    public void ask(ShareQuestions asked) {
        questions = asked;
    }

    @Override
    public void ignoreEscapeWhile(BooleanSupplier ignored) {
        escapeIgnored = ignored;
    }

    @Override
    public void pause() {
        act("pause");
    }

    @Override
    public void resume() {
        act("resume");
    }

    @Override
    public void stop() {
        act("stop");
    }

    private void act(String what) {
        if (refusal != null) {
            throw new ShareException(refusal);
        }
        calls.add(what);
    }

    @Override
    public void chat(String text) {
        sent.add(text);
    }

    @Override
    public BandwidthLevel bandwidth() {
        return bandwidth;
    }

    @Override
    public boolean bandwidthByPolicy() {
        return bandwidthByPolicy;
    }

    @Override
    public void chooseBandwidth(BandwidthLevel level) {
        if (bandwidthByPolicy) {
            throw new ShareException("Group Policy sets the bandwidth level on this computer");
        }
        bandwidth = level;
        calls.add("bandwidth " + level);
    }

    @Override
    public boolean sessionLogAvailable() {
        return logAvailable;
    }

    @Override
    public boolean sessionLogOn() {
        return logOn || logForced;
    }

    @Override
    public boolean logForcedByPolicy() {
        return logForced;
    }

    @Override
    public void sessionLog(boolean on) {
        if (!on && logForced) {
            throw new ShareException("Group Policy requires a log of this session");
        }
        logOn = on;
        calls.add("log " + on);
    }
}
