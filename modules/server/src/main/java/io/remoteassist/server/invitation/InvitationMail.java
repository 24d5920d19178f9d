package io.remoteassist.server.invitation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The words of an invitation e-mail, like Windows Remote Assistance's, with the password sent separately. */
final class InvitationMail {

    private InvitationMail() {
    }

    static String subject(String user) {
        return "Remote Assistance invitation from " + user;
    }

    static String body(String user, String howToOpen) {
        return user + " would like your help.\n\n"
            + "I need help with my computer. Would you please connect to my computer using Remote Assistance so "
            + "you can help me? After you connect, you can view my screen and chat with me.\n\n"
            + howToOpen + "\n\n"
            + "Note: the password of this invitation will be given to you separately, by phone or in person. "
            + "It is never sent with the invitation.\n";
    }

    static String attachmentInstructions() {
        return "To accept this invitation, open the attached .msrcincident file with Remote Assistance "
            + "(ra open FILE, or the Helper console) and type the password.";
    }

    static String linkInstructions(String link) {
        return "To accept this invitation, download it from " + link + " and open it with Remote Assistance "
            + "(ra open FILE, or the Helper console), then type the password.";
    }

    static String mailto(String to, String user, String link) {
        return "mailto:" + encode(to) + "?subject=" + encode(subject(user))
            + "&body=" + encode(body(user, linkInstructions(link)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
