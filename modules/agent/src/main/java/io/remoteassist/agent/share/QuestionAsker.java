package io.remoteassist.agent.share;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Puts a session's consent questions to {@link ShareQuestions} (the User's window) on a thread of their own, and
 * records the answers with the server: the connection once per session, control each time the Helper asks.
 */
final class QuestionAsker {

    private final ServerApi api;
    private final String sessionId;
    private final ShareQuestions questions;
    private final PrintStream out;
    private final AtomicBoolean connectionAsked = new AtomicBoolean();
    private final AtomicBoolean controlAsking = new AtomicBoolean();

    QuestionAsker(ServerApi api, String sessionId, ShareQuestions questions, PrintStream out) {
        this.api = api;
        this.sessionId = sessionId;
        this.questions = questions;
        this.out = out;
    }

    /** Asks whether the Helper may connect, unless it was asked already. */
    void connection() {
        if (!connectionAsked.compareAndSet(false, true)) {
            return;
        }
        start("ra-share-ask-connection", () -> {
            JsonNode session = api.session(sessionId);
            boolean allow = questions.allowConnection(session.path("helper").asText("The Helper"),
                text(session.path("warningBeforeConnecting")));
            out.println("connection: " + (allow ? "allowed" : "refused") + " by the User");
            record("consent", allow);
        });
    }

    /**
     * Asks whether the Helper may control the computer. A yes is recorded in the session, whose CONTROL_SHARED state
     * then grants; when the session holds no request to answer (the Helper only asked the agent), {@code grant} runs
     * at once. A no runs {@code deny}.
     */
    void control(Supplier<String> state, Runnable grant, Runnable deny) {
        if (!controlAsking.compareAndSet(false, true)) {
            return;
        }
        start("ra-share-ask-control", () -> {
            try {
                JsonNode session = api.session(sessionId);
                boolean allow = questions.allowControl(session.path("helper").asText("The Helper"),
                    text(session.path("warningBeforeSharingControl")));
                out.println("control: " + (allow ? "allowed" : "refused") + " by the User");
                boolean recorded = requested(state) && record("control/answer", allow);
                if (!allow) {
                    deny.run();
                } else if (!recorded) {
                    grant.run();
                }
            } finally {
                controlAsking.set(false);
            }
        });
    }

    /** The agent may hear of the request on the relay before its view of the session shows it: ask the server. */
    private boolean requested(Supplier<String> state) {
        return "CONTROL_REQUESTED".equals(state.get())
            || "CONTROL_REQUESTED".equals(api.session(sessionId).path("state").asText());
    }

    private boolean record(String action, boolean allow) {
        try {
            api.act(sessionId, action, Map.of("allow", allow));
            return true;
        } catch (ShareException e) {
            out.println(action + ": the server did not record the answer (" + e.getMessage() + ")");
            return false;
        }
    }

    private void start(String name, Runnable ask) {
        Thread thread = new Thread(() -> {
            try {
                ask.run();
            } catch (ShareException e) {
                out.println("ra share: " + e.getMessage());
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
