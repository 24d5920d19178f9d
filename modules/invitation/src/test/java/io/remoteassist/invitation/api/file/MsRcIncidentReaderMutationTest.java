package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Deterministic mutation fuzzing that runs in every build, next to the Jazzer corpus: a fixed seed, a fixed
 * number of inputs and a time bound. It also mutates the ConnectionString2 inside an LHTICKET and re-encrypts it,
 * a layer that byte-level fuzzing of the file cannot reach through AES.
 */
class MsRcIncidentReaderMutationTest {

    private static final int INPUTS = 20_000;
    private static final long BUDGET_NANOS = 60_000_000_000L;
    private static final List<String> TOKENS = List.of(
            "<!DOCTYPE x>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"/etc/passwd\">]>", "&amp;", "&e;", "&#0;",
            "&#x10FFFF;", "<![CDATA[x]]>", "<?pi x?>", "<!--c-->", " LHTICKET=\"", " RCTICKET=\"",
            "\"RCTICKETENCRYPTED=\"1\"", "65538,1,", "<E>", "</E>", "<L P=\"1\" N=\"::\"/>", ":", ";", ",", "*",
            "%", "\"", "'", "<", ">", "/>", "=", "\u0000", "\uFEFF", "\uD800", "9999999999", "-1");

    @Test
    @Timeout(180)
    void mutatedWindowsFilesOnlyEverGiveACheckedErrorOrATicket() {
        List<byte[]> seeds = Vectors.all().stream().filter(v -> !v.file().endsWith(".tsv")).map(Vectors.Vector::bytes)
                .toList();
        List<String> passwords = Vectors.all().stream().map(Vectors.Vector::password).distinct().toList();
        Random random = new Random(0x5EED_2024L);

        int runs = run(() -> {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), seeds, random);
            readOrFailCleanly(input, passwords.get(random.nextInt(passwords.size())));
        });

        assertThat(runs).isGreaterThanOrEqualTo(1000);
    }

    @Test
    @Timeout(180)
    void mutatedConnectionStringsInsideAnLhTicketOnlyEverGiveACheckedErrorOrATicket() throws Exception {
        String password = "4X638PTVZTKZ";
        String file = Vectors.text("type2-2024.MsRcIncident");
        String hex = MsRcIncidentReader.read(file.getBytes(StandardCharsets.UTF_8)).lhTicket();
        byte[] plaintext = TicketCipher.decrypt(HexFormat.of().parseHex(hex), password)
                .getBytes(StandardCharsets.UTF_8);
        Random random = new Random(0xC0FFEEL);

        int runs = run(() -> {
            String mutated = new String(mutate(plaintext, List.of(plaintext), random), StandardCharsets.UTF_8);
            String ticket = HexFormat.of().withUpperCase().formatHex(TicketCipher.encrypt(mutated, password));
            readOrFailCleanly(file.replace(hex, ticket).getBytes(StandardCharsets.UTF_8), password);
        });

        assertThat(runs).isGreaterThanOrEqualTo(1000);
    }

    private static int run(Runnable oneInput) {
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int runs = 0;
        while (runs < INPUTS && System.nanoTime() < deadline) {
            oneInput.run();
            runs++;
        }
        return runs;
    }

    private static void readOrFailCleanly(byte[] input, String password) {
        try {
            MsRcIncidentReader.read(input, password);
        } catch (InvitationFileException expected) {
            // A clean refusal.
        } catch (Throwable unexpected) {
            fail("input %s gave %s", HexFormat.of().formatHex(input), unexpected);
        }
    }

    private static byte[] mutate(byte[] seed, List<byte[]> others, Random random) {
        byte[] data = seed;
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            data = mutateOnce(data, others, random);
        }
        return data;
    }

    private static byte[] mutateOnce(byte[] data, List<byte[]> others, Random random) {
        int at = data.length == 0 ? 0 : random.nextInt(data.length);
        switch (random.nextInt(6)) {
            case 0 -> {
                byte[] copy = data.clone();
                if (copy.length > 0) {
                    copy[at] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            case 1 -> {
                int end = Math.min(data.length, at + 1 + random.nextInt(16));
                return concat(Arrays.copyOfRange(data, 0, at), Arrays.copyOfRange(data, end, data.length));
            }
            case 2 -> {
                byte[] token = TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
                return concat(Arrays.copyOfRange(data, 0, at), token, Arrays.copyOfRange(data, at, data.length));
            }
            case 3 -> {
                int end = Math.min(data.length, at + 1 + random.nextInt(64));
                byte[] chunk = Arrays.copyOfRange(data, at, end);
                return concat(Arrays.copyOfRange(data, 0, end), chunk, Arrays.copyOfRange(data, end, data.length));
            }
            case 4 -> {
                return Arrays.copyOf(data, at);
            }
            default -> {
                byte[] other = others.get(random.nextInt(others.size()));
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                return concat(Arrays.copyOfRange(data, 0, at), Arrays.copyOfRange(other, from, other.length));
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
