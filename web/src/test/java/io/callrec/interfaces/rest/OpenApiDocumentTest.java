package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.recording.OutcomeReason;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description stays true: every resource method of the API is described in it, and the
 * values it lists for reason codes and audit triggers are the domain's.
 */
class OpenApiDocumentTest {

    @Test
    void everyResourceMethodIsDescribed() throws Exception {
        String yaml = yaml();
        List<String> operations = operations();
        assertThat(operations).hasSizeGreaterThan(10);
        for (String operation : operations) {
            assertThat(operationBlock(yaml, operation)).as(operation).isNotEmpty();
        }
    }

    @Test
    void reasonCodesAndAuditValuesAreTheDomainsOwn() throws Exception {
        String yaml = yaml();
        assertThat(listAfter(yaml, "        reasonCode: {type: string, enum: ["))
                .containsExactlyElementsOf(Stream.of(OutcomeReason.values()).map(Enum::name).toList());
        assertThat(listAfter(yaml, "              trigger: {type: string, enum: ["))
                .containsExactlyElementsOf(Stream.of(Trigger.values()).map(Trigger::jsonName).toList());
        String auditActions = Stream.of(Action.values()).map(a -> a.name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(yaml).contains("action: {type: string, enum: [" + auditActions + "]}");
    }

    /** The comma-separated items of the first YAML flow list that follows {@code prefix}. */
    private static List<String> listAfter(String yaml, String prefix) {
        int at = yaml.indexOf(prefix);
        assertThat(at).as(prefix.trim()).isPositive();
        int from = yaml.lastIndexOf('[', at + prefix.length());
        String items = yaml.substring(from + 1, yaml.indexOf(']', from));
        return Stream.of(items.split(",")).map(String::trim).toList();
    }

    /** Each operation names its security (credentials, or none) and the roles that may call it. */
    @Test
    void everyOperationSaysHowToAuthenticateAndWhichRolesMayCallIt() throws Exception {
        String yaml = yaml();
        for (String operation : operations()) {
            String block = operationBlock(yaml, operation);
            assertThat(block).as(operation).contains("\n      security: ").contains("\n      x-roles: [");
            if (!block.contains("security: []")) {
                assertThat(block).as(operation + " answers 401 without credentials").contains("\"401\"");
            }
        }
    }

    private static String yaml() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text of one operation ("get /api/v1/..."): from its method line to the next method or path. */
    private static String operationBlock(String yaml, String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        String method = operation.substring(0, operation.indexOf(' '));
        int at = yaml.indexOf("\n  " + path + ":\n");
        assertThat(at).as("%s is in openapi.yaml", path).isPositive();
        int next = yaml.indexOf("\n  /", at + 1);
        String pathBlock = yaml.substring(at, next < 0 ? yaml.indexOf("\ncomponents:") : next);
        int op = pathBlock.indexOf("\n    " + method + ":");
        assertThat(op).as(operation).isPositive();
        int end = pathBlock.length();
        for (String other : List.of("get", "put", "post", "delete")) {
            int o = pathBlock.indexOf("\n    " + other + ":", op + 1);
            if (o > 0 && o < end) {
                end = o;
            }
        }
        return pathBlock.substring(op, end);
    }

    private static List<String> operations() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(
                RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("io/callrec/interfaces/rest"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null || type == RestApplication.class) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb != null) {
                        Path sub = m.getAnnotation(Path.class);
                        String full = "/api" + root.value() + (sub == null ? "" : "/" + sub.value());
                        found.add(verb + " " + full);
                    }
                }
            }
        }
        return found;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "post";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        return m.isAnnotationPresent(DELETE.class) ? "delete" : null;
    }
}
