package dev.stratus.protocol.codegen;

import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the typed API of one service from its model: a record per structure, an interface
 * with one method per operation, and the dispatcher the gateway calls. Run by
 * {@code scripts/generate-apis}; the output is committed.
 *
 * <p>Usage: {@code ApiGenerator <model id> <java package> <source root> <Name>} writes
 * {@code <Name>Api} and {@code <Name>Dispatcher} plus the records into the package.
 */
public final class ApiGenerator {
    private static final Set<String> TAKEN_CLASS_NAMES = Set.of(
            "String", "Integer", "Long", "Boolean", "Double", "Float", "Object", "Record", "Exception",
            "Override", "Class", "List", "Map", "Instant", "Error", "Void", "Number", "Character", "Byte", "Short");
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "record", "var", "yield");

    private final ServiceModel model;
    private final String pkg;
    private final String name;

    private ApiGenerator(ServiceModel model, String pkg, String name) {
        this.model = model;
        this.pkg = pkg;
        this.name = name;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: ApiGenerator <model id> <java package> <source root> <Name>");
        }
        ApiGenerator g = new ApiGenerator(ServiceModel.load(args[0]), args[1], args[3]);
        Path dir = Path.of(args[2]).resolve(args[1].replace('.', '/'));
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                if (Files.readString(p).contains(g.header().strip())) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : g.files().entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".java"), e.getValue());
        }
    }

    private String header() {
        return "// Generated from the " + model.id() + " model by scripts/generate-apis. Do not edit.\n";
    }

    Map<String, String> files() {
        Map<String, String> out = new TreeMap<>();
        for (String shapeName : structures()) {
            out.put(className(shapeName), record(model.shape(shapeName)));
        }
        out.put(name + "Api", api());
        out.put(name + "Dispatcher", dispatcher());
        return out;
    }

    /** Every structure reachable from an operation's input or output. */
    private Set<String> structures() {
        Set<String> seen = new TreeSet<>();
        for (Operation op : model.operations().values()) {
            collect(op.input(), seen);
            collect(op.output(), seen);
        }
        return seen;
    }

    private void collect(String shapeName, Set<String> seen) {
        if (shapeName == null) {
            return;
        }
        Shape s = model.shape(shapeName);
        switch (s.type()) {
            case "structure" -> {
                if (seen.add(shapeName)) {
                    s.members().values().forEach(m -> collect(m.target(), seen));
                }
            }
            case "list" -> collect(s.member().target(), seen);
            case "map" -> {
                collect(s.key().target(), seen);
                collect(s.value().target(), seen);
            }
            default -> {
            }
        }
    }

    private String record(Shape s) {
        StringBuilder b = new StringBuilder(header());
        b.append("package ").append(pkg).append(";\n\n");
        b.append("import com.fasterxml.jackson.annotation.JsonInclude;\n");
        b.append("import com.fasterxml.jackson.annotation.JsonProperty;\n\n");
        b.append("@JsonInclude(JsonInclude.Include.NON_NULL)\n");
        b.append("public record ").append(className(s.name())).append("(");
        String sep = "\n";
        for (Map.Entry<String, Member> e : s.members().entrySet()) {
            b.append(sep).append("        @JsonProperty(\"").append(e.getKey()).append("\") ")
                    .append(memberType(e.getValue())).append(' ').append(fieldName(e.getKey()));
            sep = ",\n";
        }
        b.append(") {\n}\n");
        return b.toString();
    }

    private String api() {
        StringBuilder b = new StringBuilder(header());
        b.append("package ").append(pkg).append(";\n\n");
        b.append("import dev.stratus.protocol.AwsException;\n");
        b.append("import dev.stratus.protocol.RequestContext;\n\n");
        b.append("/** The operations of ").append(model.id()).append(", one method each; those a service does not override answer 501. */\n");
        b.append("public interface ").append(name).append("Api {\n");
        for (Operation op : model.operations().values()) {
            b.append("\n    default ").append(op.output() == null ? "void" : className(op.output())).append(' ')
                    .append(fieldName(op.name())).append("(RequestContext context");
            if (op.input() != null) {
                b.append(", ").append(className(op.input())).append(" input");
            }
            b.append(") {\n        throw AwsException.notImplemented(context);\n    }\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private String dispatcher() {
        StringBuilder b = new StringBuilder(header());
        b.append("package ").append(pkg).append(";\n\n");
        b.append("import com.fasterxml.jackson.databind.JsonNode;\n");
        b.append("import dev.stratus.protocol.Json;\n");
        b.append("import dev.stratus.protocol.RequestContext;\n");
        b.append("import dev.stratus.protocol.ServiceDispatcher;\n\n");
        b.append("public final class ").append(name).append("Dispatcher implements ServiceDispatcher {\n");
        b.append("    private final ").append(name).append("Api api;\n\n");
        b.append("    public ").append(name).append("Dispatcher(").append(name).append("Api api) {\n        this.api = api;\n    }\n\n");
        b.append("    @Override\n    public Object invoke(String operation, RequestContext context, JsonNode input) {\n");
        b.append("        switch (operation) {\n");
        for (Operation op : model.operations().values()) {
            String call = "api." + fieldName(op.name()) + "(context" + (op.input() == null ? "" : ", Json.read(input, " + className(op.input()) + ".class)") + ")";
            b.append("            case \"").append(op.name()).append("\":\n");
            if (op.output() == null) {
                b.append("                ").append(call).append(";\n                return null;\n");
            } else {
                b.append("                return ").append(call).append(";\n");
            }
        }
        b.append("            default:\n                throw new IllegalArgumentException(\"no operation \" + operation);\n");
        b.append("        }\n    }\n}\n");
        return b.toString();
    }

    /** A member's Java type: its shape's, except a streaming blob, which stays a stream. */
    private String memberType(Member m) {
        return m.streaming() ? "dev.stratus.protocol.StreamingBlob" : javaType(m.target());
    }

    private String javaType(String shapeName) {
        Shape s = model.shape(shapeName);
        return switch (s.type()) {
            case "structure" -> className(shapeName);
            case "list" -> "java.util.List<" + javaType(s.member().target()) + ">";
            case "map" -> "java.util.Map<" + javaType(s.key().target()) + ", " + javaType(s.value().target()) + ">";
            case "string" -> "String";
            case "integer" -> "Integer";
            case "long" -> "Long";
            case "boolean" -> "Boolean";
            case "double" -> "Double";
            case "float" -> "Float";
            case "blob" -> "byte[]";
            case "timestamp" -> "java.time.Instant";
            default -> "com.fasterxml.jackson.databind.JsonNode";
        };
    }

    static String className(String shapeName) {
        String n = Character.toUpperCase(shapeName.charAt(0)) + shapeName.substring(1);
        return TAKEN_CLASS_NAMES.contains(n) ? n + "Shape" : n;
    }

    /** MD5OfBody -> md5OfBody, AWSTraceHeader -> awsTraceHeader, QueueUrl -> queueUrl. */
    static String fieldName(String member) {
        int run = 0;
        while (run < member.length() && !Character.isLowerCase(member.charAt(run))) {
            run++;
        }
        String f;
        if (run == 0) {
            f = member;
        } else if (run == member.length()) {
            f = member.toLowerCase();
        } else {
            int keep = run > 1 && Character.isUpperCase(member.charAt(run - 1)) ? run - 1 : run;
            f = member.substring(0, keep).toLowerCase() + member.substring(keep);
        }
        return KEYWORDS.contains(f) ? f + "Value" : f;
    }
}
