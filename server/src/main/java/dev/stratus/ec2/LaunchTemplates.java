package dev.stratus.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.ec2.api.CreateLaunchTemplateRequest;
import dev.stratus.ec2.api.CreateLaunchTemplateVersionRequest;
import dev.stratus.ec2.api.DeleteLaunchTemplateVersionsRequest;
import dev.stratus.ec2.api.DeleteLaunchTemplateVersionsResponseErrorItem;
import dev.stratus.ec2.api.DeleteLaunchTemplateVersionsResponseSuccessItem;
import dev.stratus.ec2.api.DeleteLaunchTemplateVersionsResult;
import dev.stratus.ec2.api.LaunchTemplate;
import dev.stratus.ec2.api.LaunchTemplateVersion;
import dev.stratus.ec2.api.ResponseLaunchTemplateData;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Launch templates and their numbered versions: the first version made with the template, each
 * new one numbered after the latest (from a source version's data overlaid with its own when
 * asked), a default version ({@code $Default}) that ModifyLaunchTemplate moves, and {@code $Latest}.
 * RunInstances resolves a template to its version's data, which the request's own settings override.
 */
final class LaunchTemplates {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE ec2_launch_template (
              id TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              default_version BIGINT NOT NULL,
              latest_version BIGINT NOT NULL,
              created_at BIGINT NOT NULL,
              created_by TEXT NOT NULL);
            CREATE UNIQUE INDEX ec2_launch_template_name ON ec2_launch_template (account, region, name);
            CREATE TABLE ec2_launch_template_version (
              template_id TEXT NOT NULL,
              version BIGINT NOT NULL,
              description TEXT,
              created_at BIGINT NOT NULL,
              created_by TEXT NOT NULL,
              data TEXT NOT NULL,
              PRIMARY KEY (template_id, version));
            """);
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9().\\-/_]{3,128}");

    /** A template as kept. */
    record Template(String id, String account, String region, String name, long defaultVersion, long latestVersion, long createdAt,
                    String createdBy) {
    }

    /** One version of a template with its data in AWS's {@code ResponseLaunchTemplateData} shape. */
    record Version(Template template, long number, String description, long createdAt, String createdBy, ObjectNode data) {
    }

    private final Clock clock;

    LaunchTemplates(Store store, Clock clock) {
        this.clock = clock;
        store.migrate("ec2.launch-templates", MIGRATIONS);
    }

    Template create(Tx tx, String account, String region, String createdBy, CreateLaunchTemplateRequest in) throws SQLException {
        if (in.launchTemplateName() == null || !NAME.matcher(in.launchTemplateName()).matches()) {
            throw new AwsException("InvalidLaunchTemplateName.MalformedException",
                    "A launch template name must be between 3 and 128 characters, and may contain letters, numbers, and the following characters: - ( ) . / _.'");
        }
        if (in.launchTemplateData() == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter LaunchTemplateData");
        }
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.LAUNCH_TEMPLATE));
        if (byName(tx, account, region, in.launchTemplateName()) != null) {
            throw new AwsException("InvalidLaunchTemplateName.AlreadyExistsException",
                    "Launch template name already in use.");
        }
        String id = Ec2Ids.next("lt");
        long now = clock.millis();
        tx.update("INSERT INTO ec2_launch_template (id, account, region, name, default_version, latest_version, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, 1, 1, ?, ?)", id, account, region, in.launchTemplateName(), now, createdBy);
        insertVersion(tx, id, 1, in.versionDescription(), now, createdBy, (ObjectNode) Json.tree(in.launchTemplateData()));
        return byId(tx, account, region, id);
    }

    Version createVersion(Tx tx, String account, String region, String createdBy, CreateLaunchTemplateVersionRequest in) throws SQLException {
        Template t = named(tx, account, region, in.launchTemplateId(), in.launchTemplateName());
        if (in.launchTemplateData() == null) {
            throw new AwsException("MissingParameter", "The request must contain the parameter LaunchTemplateData");
        }
        ObjectNode data = (ObjectNode) Json.tree(in.launchTemplateData());
        if (in.sourceVersion() != null) {
            ObjectNode base = version(tx, t, in.sourceVersion()).data().deepCopy();
            base.setAll(data);
            data = base;
        }
        long number = t.latestVersion() + 1;
        long now = clock.millis();
        tx.update("UPDATE ec2_launch_template SET latest_version = ? WHERE id = ?", number, t.id());
        insertVersion(tx, t.id(), number, in.versionDescription(), now, createdBy, data);
        return version(tx, byId(tx, account, region, t.id()), Long.toString(number));
    }

    /** ModifyLaunchTemplate: moves the default version. */
    Template setDefault(Tx tx, String account, String region, String id, String name, String defaultVersion) throws SQLException {
        Template t = named(tx, account, region, id, name);
        if (defaultVersion != null) {
            long v = version(tx, t, defaultVersion).number();
            tx.update("UPDATE ec2_launch_template SET default_version = ? WHERE id = ?", v, t.id());
        }
        return byId(tx, account, region, t.id());
    }

    Template delete(Tx tx, String account, String region, String id, String name) throws SQLException {
        Template t = named(tx, account, region, id, name);
        tx.update("DELETE FROM ec2_launch_template_version WHERE template_id = ?", t.id());
        tx.update("DELETE FROM ec2_launch_template WHERE id = ?", t.id());
        return t;
    }

    DeleteLaunchTemplateVersionsResult deleteVersions(Tx tx, String account, String region, DeleteLaunchTemplateVersionsRequest in)
            throws SQLException {
        Template t = named(tx, account, region, in.launchTemplateId(), in.launchTemplateName());
        List<DeleteLaunchTemplateVersionsResponseSuccessItem> done = new ArrayList<>();
        List<DeleteLaunchTemplateVersionsResponseErrorItem> failed = new ArrayList<>();
        for (String v : in.versions() == null ? List.<String>of() : in.versions()) {
            long n = number(v);
            if (n == t.defaultVersion()) {
                failed.add(failure(t, n, "launchTemplateVersionIsDefault", "Cannot delete the default version of a launch template."));
            } else if (tx.update("DELETE FROM ec2_launch_template_version WHERE template_id = ? AND version = ?", t.id(), n) == 0) {
                failed.add(failure(t, n, "launchTemplateVersionDoesNotExist", "Version does not exist."));
            } else {
                done.add(new DeleteLaunchTemplateVersionsResponseSuccessItem(t.id(), t.name(), n));
            }
        }
        return new DeleteLaunchTemplateVersionsResult(done, failed);
    }

    private static DeleteLaunchTemplateVersionsResponseErrorItem failure(Template t, long n, String code, String message) {
        ObjectNode n2 = Json.MAPPER.createObjectNode();
        n2.put("LaunchTemplateId", t.id());
        n2.put("LaunchTemplateName", t.name());
        n2.put("VersionNumber", n);
        ObjectNode error = n2.putObject("ResponseError");
        error.put("Code", code);
        error.put("Message", message);
        return Json.read(n2, DeleteLaunchTemplateVersionsResponseErrorItem.class);
    }

    /** The template by id or by name (exactly one of them), or EC2's error. */
    Template named(Tx tx, String account, String region, String id, String name) throws SQLException {
        if ((id == null) == (name == null)) {
            throw new AwsException("MissingParameter", "The request must include either a launch template ID or a launch template name, but not both.");
        }
        if (id != null) {
            Template t = byId(tx, account, region, id);
            if (t == null) {
                throw id.matches("lt-[0-9a-f]{17}") ? ResourceType.LAUNCH_TEMPLATE.notFound(id)
                        : new AwsException("InvalidLaunchTemplateId.Malformed", "The specified ID for the launch template is not valid.");
            }
            return t;
        }
        Template t = byName(tx, account, region, name);
        if (t == null) {
            throw new AwsException("InvalidLaunchTemplateName.NotFoundException",
                    "At least one of the launch templates specified in the request does not exist.");
        }
        return t;
    }

    /** The template's version {@code $Default}, {@code $Latest} or a number (null is {@code $Default}), or EC2's error. */
    Version version(Tx tx, Template t, String version) throws SQLException {
        long n = version == null || version.equals("$Default") ? t.defaultVersion() : version.equals("$Latest") ? t.latestVersion() : number(version);
        PreparedStatement ps = tx.sql("SELECT description, created_at, created_by, data FROM ec2_launch_template_version WHERE template_id = ? AND version = ?");
        Tx.bind(ps, t.id(), n);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new AwsException("InvalidLaunchTemplateId.VersionNotFound",
                        "Could not find launch template version " + n + " for launch template with ID " + t.id() + ".");
            }
            return new Version(t, n, rs.getString(1), rs.getLong(2), rs.getString(3), (ObjectNode) Json.parse(rs.getString(4)));
        }
    }

    List<Version> versions(Tx tx, Template t) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT version, description, created_at, created_by, data FROM ec2_launch_template_version WHERE template_id = ? ORDER BY version");
        ps.setString(1, t.id());
        List<Version> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Version(t, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), (ObjectNode) Json.parse(rs.getString(5))));
            }
        }
        return out;
    }

    List<Template> all(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT id, account, region, name, default_version, latest_version, created_at, created_by FROM ec2_launch_template "
                + "WHERE account = ? AND region = ? ORDER BY id");
        Tx.bind(ps, account, region);
        List<Template> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(template(rs));
            }
        }
        return out;
    }

    Template byId(Tx tx, String account, String region, String id) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT id, account, region, name, default_version, latest_version, created_at, created_by FROM ec2_launch_template "
                + "WHERE id = ? AND account = ? AND region = ?");
        Tx.bind(ps, id, account, region);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? template(rs) : null;
        }
    }

    Template byName(Tx tx, String account, String region, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT id, account, region, name, default_version, latest_version, created_at, created_by FROM ec2_launch_template "
                + "WHERE name = ? AND account = ? AND region = ?");
        Tx.bind(ps, name, account, region);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? template(rs) : null;
        }
    }

    static LaunchTemplate shape(Template t, List<dev.stratus.ec2.api.Tag> tags) {
        return new LaunchTemplate(t.id(), t.name(), Instant.ofEpochMilli(t.createdAt()), t.createdBy(), t.defaultVersion(), t.latestVersion(), tags, null);
    }

    static LaunchTemplateVersion shape(Version v) {
        return new LaunchTemplateVersion(v.template().id(), v.template().name(), v.number(), v.description(), Instant.ofEpochMilli(v.createdAt()),
                v.createdBy(), v.number() == v.template().defaultVersion(), Json.read(v.data(), ResponseLaunchTemplateData.class), null);
    }

    private void insertVersion(Tx tx, String id, long number, String description, long at, String createdBy, ObjectNode data) throws SQLException {
        tx.update("INSERT INTO ec2_launch_template_version (template_id, version, description, created_at, created_by, data) VALUES (?, ?, ?, ?, ?, ?)",
                id, number, description, at, createdBy, Json.string(data));
    }

    private static long number(String version) {
        try {
            long n = Long.parseLong(version);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new AwsException("InvalidLaunchTemplateId.VersionNotFound", "Could not find launch template version " + version + ".");
    }

    private static Template template(ResultSet rs) throws SQLException {
        return new Template(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getString(8));
    }
}
