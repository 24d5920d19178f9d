package io.remoteassist.agent.window;

import io.remoteassist.agent.share.ShareEvents;
import io.remoteassist.agent.share.ShareQuestions;
import io.remoteassist.agent.share.ShareSession;
import io.remoteassist.capture.api.BandwidthLevel;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The window's {@link Sharing} over a real {@link ShareSession}: each call is the session's own. */
public final class LiveSharing implements Sharing {

    private final ShareSession session;
    private final String name;

    public LiveSharing(ShareSession session, String name) {
        this.session = session;
        this.name = name;
    }

    @Override
    public String state() {
        return session.state();
    }

    @Override
    public boolean controlShared() {
        return session.controlShared();
    }

    @Override
    public boolean helperConnected() {
        return session.helperConnected();
    }

    @Override
    public Optional<String> confirmation() {
        return session.confirmation();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void listen(ShareEvents events) {
        session.listen(events);
    }

    @Override
    public void ask(ShareQuestions questions) {
        session.ask(questions);
    }

    @Override
    public void ignoreEscapeWhile(BooleanSupplier ignored) {
        session.ignoreEscapeWhile(ignored);
    }

    @Override
    public void pause() {
        session.pause();
    }

    @Override
    public void resume() {
        session.resume();
    }

    @Override
    public void stop() {
        session.stop();
    }

    @Override
    public void chat(String text) {
        session.chat(text);
    }

    @Override
    public BandwidthLevel bandwidth() {
        return session.bandwidth();
    }

    @Override
    public boolean bandwidthByPolicy() {
        return session.bandwidthByPolicy();
    }

    @Override
    public void chooseBandwidth(BandwidthLevel level) {
        session.chooseBandwidth(level);
    }

    @Override
    public boolean sessionLogAvailable() {
        return session.sessionLogAvailable();
    }

    @Override
    public boolean sessionLogOn() {
        return session.sessionLogOn();
    }

    @Override
    public boolean logForcedByPolicy() {
        return session.logForcedByPolicy();
    }

    @Override
    public void sessionLog(boolean on) {
        session.sessionLog(on);
    }
}
