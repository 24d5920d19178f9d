package io.remoteassist.agent.bench;

import io.remoteassist.invitation.api.contacts.ContactHandshake;
import io.remoteassist.invitation.api.contacts.ContactIdentity;
import io.remoteassist.invitation.api.easyconnect.EasyConnectKeys;
import io.remoteassist.invitation.api.file.InvitationPasswordGenerator;

import java.util.Arrays;

/**
 * Times what an Easy Connect lookup costs each end: one Argon2id derivation of the lookup and blob keys from a
 * password (the cost a directory thief pays per guess, too), and the trusted-contact certificate handshake, both
 * ends in this process. Prints {@code key=value} figures: wall time, and the CPU time of the deriving thread (the
 * cost on an idle core, the figure to compare with the 50–200 ms target when the machine is busy). Usage: {@code EasyConnectBench [derivations]}.
 */
public final class EasyConnectBench {

    private EasyConnectBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        InvitationPasswordGenerator passwords = new InvitationPasswordGenerator();
        for (int i = 0; i < 3; i++) {
            EasyConnectKeys.derive(passwords.generate());
        }
        long[] derive = new long[count];
        long[] cpu = new long[count];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < count; i++) {
            String password = passwords.generate();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            EasyConnectKeys.derive(password);
            derive[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        ContactIdentity user = ContactIdentity.create("user");
        ContactIdentity helper = ContactIdentity.create("helper");
        int handshakes = Math.max(count, 50);
        long[] handshake = new long[handshakes];
        for (int i = -20; i < handshakes; i++) {
            long t0 = System.nanoTime();
            ContactHandshake.Initiator initiator = ContactHandshake.initiate(user, helper.card());
            ContactHandshake.Responder responder = ContactHandshake.respond(helper, user.card(), initiator.hello());
            ContactHandshake.Completed done = initiator.finish(responder.reply());
            responder.complete(done.finish());
            if (i >= 0) {
                handshake[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(derive);
        Arrays.sort(cpu);
        Arrays.sort(handshake);
        System.out.printf("argon2id memory_kib=%d iterations=%d parallelism=%d%n", EasyConnectKeys.MEMORY_KIB,
            EasyConnectKeys.ITERATIONS, EasyConnectKeys.PARALLELISM);
        System.out.printf("derivations=%d derive_ms_p50=%.1f derive_ms_p95=%.1f derive_ms_max=%.1f%n", count,
            derive[count / 2] / 1e6, derive[count * 95 / 100] / 1e6, derive[count - 1] / 1e6);
        // the CPU time is what a derivation costs on an idle core, whatever else the machine is running
        System.out.printf("derive_cpu_ms_p50=%.1f derive_cpu_ms_p95=%.1f load_average=%.1f%n", cpu[count / 2] / 1e6,
            cpu[count * 95 / 100] / 1e6,
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("contact_handshakes=%d handshake_ms_p50=%.2f handshake_ms_p95=%.2f%n", handshakes,
            handshake[handshakes / 2] / 1e6, handshake[handshakes * 95 / 100] / 1e6);
    }
}
