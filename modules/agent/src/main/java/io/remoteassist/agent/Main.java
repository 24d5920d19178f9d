package io.remoteassist.agent;

import io.remoteassist.agent.cli.Cli;

/** Entry point of the {@code ra} command: the User's agent and the Helper's command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err, System.getenv()).run(args));
    }
}
