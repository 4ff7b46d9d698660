package dev.stratus.secretsmanager;

import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.secretsmanager.SecretsRepository.Secret;
import dev.stratus.secretsmanager.SecretsRepository.Version;
import dev.stratus.store.Tx;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Secrets by the names and ARNs clients give, as Secrets Manager resolves them (a full ARN, an ARN
 * without its random six-character suffix, or a name), and the staging labels of their versions:
 * each label on one version at most; AWSCURRENT moving leaves AWSPREVIOUS on the version it left.
 */
final class Secrets {
    static final String CURRENT = "AWSCURRENT";
    static final String PREVIOUS = "AWSPREVIOUS";
    static final String PENDING = "AWSPENDING";
    /** Versions without a label beyond this many are forgotten, oldest first, as AWS does past 100. */
    static final int MAX_VERSIONS = 100;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9/_+=.@\\-]+");
    private static final String SUFFIX_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretsRepository repo;

    Secrets(SecretsRepository repo) {
        this.repo = repo;
    }

    static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new AwsException("InvalidParameterException", "Invalid name. Must be a valid name containing alphanumeric characters, or any of "
                    + "the following: -/_+=.@!");
        }
    }

    /** A new secret's ARN: its name and a hyphen and six random characters, so that a secret made again under a name is another. */
    static String newArn(String region, String account, String name) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_CHARACTERS.charAt(RANDOM.nextInt(SUFFIX_CHARACTERS.length())));
        }
        return Arn.of("secretsmanager", region, account, "secret:" + name + "-" + suffix).toString();
    }

    /** The secret {@code secretId} names in the account and region, or null. */
    Secret find(Tx tx, String account, String region, String secretId) throws SQLException {
        if (secretId.startsWith("arn:")) {
            Secret exact = repo.byArn(tx, secretId);
            if (exact != null) {
                return exact.account().equals(account) ? exact : null;
            }
            List<Secret> partial = repo.byPartialArn(tx, secretId);
            return partial.size() == 1 && partial.getFirst().account().equals(account) ? partial.getFirst() : null;
        }
        return repo.byName(tx, account, region, secretId);
    }

    /** As {@link #find}, refusing a secret that is not there. */
    Secret existing(Tx tx, String account, String region, String secretId) throws SQLException {
        Secret s = find(tx, account, region, secretId);
        if (s == null) {
            throw notFound();
        }
        return s;
    }

    /** As {@link #existing}, refusing a secret scheduled for deletion too. */
    Secret live(Tx tx, String account, String region, String secretId) throws SQLException {
        Secret s = existing(tx, account, region, secretId);
        if (s.deletionDate() != null) {
            throw markedForDeletion();
        }
        return s;
    }

    /**
     * Puts {@code stage} on version {@code to} alone. AWSCURRENT moving puts AWSPREVIOUS on the
     * version that had it; versions left without a label past the most kept are forgotten.
     */
    void moveStage(Tx tx, String arn, String stage, String to) throws SQLException {
        List<Version> versions = repo.versions(tx, arn);
        String from = null;
        for (Version v : versions) {
            if (v.stages().contains(stage) && !v.versionId().equals(to)) {
                from = v.versionId();
                setStages(tx, v, without(v.stages(), stage));
            }
        }
        for (Version v : repo.versions(tx, arn)) {
            if (v.versionId().equals(to) && !v.stages().contains(stage)) {
                List<String> stages = new ArrayList<>(v.stages());
                stages.add(stage);
                setStages(tx, v, stages);
            }
        }
        if (stage.equals(CURRENT) && from != null) {
            moveStage(tx, arn, PREVIOUS, from);
        }
        forgetUnlabelled(tx, arn);
    }

    /** Takes {@code stage} off version {@code from}. */
    void removeStage(Tx tx, String arn, String stage, String from) throws SQLException {
        for (Version v : repo.versions(tx, arn)) {
            if (v.versionId().equals(from)) {
                setStages(tx, v, without(v.stages(), stage));
            }
        }
    }

    private void setStages(Tx tx, Version v, List<String> stages) throws SQLException {
        repo.setStages(tx, v.arn(), v.versionId(), stages);
    }

    private void forgetUnlabelled(Tx tx, String arn) throws SQLException {
        List<Version> versions = repo.versions(tx, arn);
        int excess = versions.size() - MAX_VERSIONS;
        for (Version v : versions) {
            if (excess <= 0) {
                return;
            }
            if (v.stages().isEmpty()) {
                repo.deleteVersion(tx, arn, v.versionId());
                excess--;
            }
        }
    }

    private static List<String> without(List<String> stages, String stage) {
        return stages.stream().filter(s -> !s.equals(stage)).toList();
    }

    static AwsException notFound() {
        return new AwsException("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
    }

    static AwsException markedForDeletion() {
        return new AwsException("InvalidRequestException", "You can't perform this operation on the secret because it was marked for deletion.");
    }
}
