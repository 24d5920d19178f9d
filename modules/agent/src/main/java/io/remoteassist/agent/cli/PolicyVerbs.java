package io.remoteassist.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Group Policy verbs: {@code ra policy …} for policy objects and their links, {@code ra gpresult}
 * for the Resultant Set of Policy of a computer, {@code ra directory …} for the directory.
 * A policy object is named by its id or its name.
 */
final class PolicyVerbs {

    private final ServerClient server;
    private final PrintStream out;

    PolicyVerbs(ServerClient server, PrintStream out) {
        this.server = server;
        this.out = out;
    }

    void policy(Args args) {
        String what = args.positional(0, "what to do (list, create, show, set, link, unlink, enable, disable)");
        switch (what) {
            case "list" -> {
                for (JsonNode gpo : server.get("api/policy/gpos")) {
                    out.println(gpo.path("id").asText() + "  " + gpo.path("name").asText()
                        + (gpo.path("enabled").asBoolean(true) ? "" : "  (disabled)"));
                }
            }
            case "create" -> {
                JsonNode gpo = server.post("api/policy/gpos", Map.of("name", args.positional(1, "the name")));
                out.println("created " + gpo.path("id").asText() + "  " + gpo.path("name").asText());
            }
            case "show" -> show(server.get("api/policy/gpos/" + gpoId(args.positional(1, "the policy object"))));
            case "set" -> {
                String gpo = gpoId(args.positional(1, "the policy object"));
                String setting = args.positional(2, "the setting (solicited, offer, vista-only, logging, "
                    + "bandwidth, warnings)");
                String line = String.join(" ", args.positionalFrom(3));
                if (line.isBlank()) {
                    throw new UsageException("say the state: enabled [options], disabled or not-configured");
                }
                JsonNode reply = server.putText("api/policy/gpos/" + gpo + "/settings/" + setting, line);
                out.println("set " + reply.path("line").asText());
            }
            case "link" -> {
                String gpo = gpoId(args.positional(1, "the policy object"));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("container", args.positional(2, "the container (site:NAME, domain:NAME, ou:PATH)"));
                args.option("order").ifPresent(o -> body.put("order", Integer.parseInt(o)));
                body.put("enforced", args.flag("enforced"));
                body.put("enabled", !args.flag("disabled"));
                server.post("api/policy/gpos/" + gpo + "/links", body);
                out.println("linked to " + body.get("container") + (args.flag("enforced") ? " (enforced)" : ""));
            }
            case "unlink" -> {
                String gpo = gpoId(args.positional(1, "the policy object"));
                String container = args.positional(2, "the container");
                server.delete("api/policy/gpos/" + gpo + "/links?container=" + encode(container));
                out.println("unlinked from " + container);
            }
            case "enable", "disable" -> {
                server.post("api/policy/gpos/" + gpoId(args.positional(1, "the policy object")) + "/" + what, Map.of());
                out.println(what + "d");
            }
            default -> throw new UsageException("unknown: ra policy " + what);
        }
    }

    void gpresult(Args args) {
        String computer = args.positional(0, "the computer (FQDN or IP address)");
        JsonNode rsop = server.get("api/policy/rsop?computer=" + encode(computer));
        out.println("Resultant Set of Policy for " + computer);
        for (JsonNode gpo : rsop.path("applied")) {
            out.println("applied: " + describe(gpo));
        }
        for (JsonNode gpo : rsop.path("filtered")) {
            out.println("not applied: " + describe(gpo) + " (" + gpo.path("reason").asText() + ")");
        }
        for (JsonNode s : rsop.path("settings")) {
            JsonNode winner = s.path("winner");
            String from = winner.isMissingNode() || winner.isNull() ? "default"
                : winner.path("gpoName").asText() + " @ " + winner.path("container").asText();
            out.println("setting: " + s.path("key").asText() + " = " + s.path("state").asText()
                + options(s.path("options")) + "  [" + from + "]");
        }
    }

    void directory(Args args) {
        String what = args.positional(0, "what to do (show, import)");
        switch (what) {
            case "show" -> out.println(server.get("api/directory").toPrettyString());
            case "import" -> {
                Path file = Path.of(args.positional(1, "the LDIF file"));
                String ldif;
                try {
                    ldif = Files.readString(file);
                } catch (IOException e) {
                    throw new UsageException("cannot read " + file + ": " + e.getMessage());
                }
                JsonNode reply = server.postText("api/directory/ldif", ldif);
                out.println("applied " + reply.path("applied").asInt() + " changes");
            }
            default -> throw new UsageException("unknown: ra directory " + what);
        }
    }

    private void show(JsonNode gpo) {
        out.println(gpo.path("name").asText() + "  (" + gpo.path("id").asText() + ", version "
            + gpo.path("version").asInt() + ")");
        gpo.path("settings").fields().forEachRemaining(e -> out.println("setting: " + e.getKey() + " = "
            + e.getValue().path("state").asText() + options(e.getValue().path("options"))));
        for (JsonNode link : gpo.path("links")) {
            out.println("link: " + link.path("container").asText() + " order " + link.path("linkOrder").asInt()
                + (link.path("enforced").asBoolean() ? " enforced" : "")
                + (link.path("enabled").asBoolean(true) ? "" : " disabled"));
        }
    }

    private String gpoId(String idOrName) {
        if (idOrName.matches("[0-9a-fA-F-]{36}")) {
            return idOrName;
        }
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode gpo : server.get("api/policy/gpos")) {
            if (gpo.path("name").asText().equalsIgnoreCase(idOrName)) {
                ids.add(gpo.path("id").asText());
            }
        }
        if (ids.size() != 1) {
            throw new UsageException(ids.isEmpty() ? "no policy object named '" + idOrName + "'"
                : "several policy objects are named '" + idOrName + "'; use the id");
        }
        return ids.get(0);
    }

    private static String describe(JsonNode gpo) {
        return gpo.path("gpoName").asText(gpo.path("name").asText()) + " @ " + gpo.path("container").asText();
    }

    private static String options(JsonNode options) {
        StringBuilder text = new StringBuilder();
        options.fields().forEachRemaining(e -> text.append(' ').append(e.getKey()).append('=')
            .append(e.getValue().asText()));
        return text.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
