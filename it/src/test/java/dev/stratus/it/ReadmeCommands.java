package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** README commands run as a new user types them: one bash in the clone, a given AWS CLI as {@code aws}, no AWS configuration. */
final class ReadmeCommands {

    private ReadmeCommands() {
    }

    /**
     * Runs {@code commands} in one bash from {@code clone}'s directory with {@code cli} as {@code aws}
     * (scratch files under {@code work}); a marker before each command splits the output by command.
     */
    static Map<String, String> run(Path clone, Path work, List<String> cli, List<String> commands, Duration limit) throws Exception {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            script.append("printf '\\n@@@ ").append(i).append("\\n'\n").append(commands.get(i)).append('\n');
        }
        Path bin = Files.createDirectories(work.resolve("bin-" + String.join("-", cli).replaceAll("[^A-Za-z0-9]", "_")));
        Path aws = bin.resolve("aws");
        Files.writeString(aws, "#!/bin/sh\nexec " + String.join(" ", cli) + " \"$@\"\n");
        assertTrue(aws.toFile().setExecutable(true));
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script.toString()).directory(clone.toFile())
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        // A new user has no AWS configuration that could make a broken README work (a region, a blob format).
        pb.environment().put("AWS_CONFIG_FILE", work.resolve("no-aws-config").toString());
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("no-aws-credentials").toString());
        pb.environment().put("PATH", bin + ":" + pb.environment().get("PATH"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(limit.toSeconds(), TimeUnit.SECONDS), "the commands hung:\n" + output);
        assertEquals(0, p.exitValue(), "the commands failed:\n" + output);
        Map<String, String> outputs = new LinkedHashMap<>();
        String[] parts = output.split("\n@@@ ");
        for (int i = 1; i < parts.length; i++) {
            int nl = parts[i].indexOf('\n');
            outputs.put(commands.get(Integer.parseInt(parts[i].substring(0, nl))), parts[i].substring(nl + 1).strip());
        }
        assertEquals(commands.size(), outputs.size(), output);
        return outputs;
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
