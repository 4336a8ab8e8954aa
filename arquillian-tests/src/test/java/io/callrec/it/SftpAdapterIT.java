package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.it.sftpprobe.SftpProbe;
import io.callrec.it.sftpprobe.SftpProbeServlet;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.testing.TestSshd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SFTP resource adapter in the real EAR on the provisioned WildFly (configured by
 * configure-sftp.cli), against OpenSSH's sshd started by the test. The adapter's default endpoint
 * comes from system properties set through the management API, followed by a reload (the
 * expressions are resolved when the server configures the adapter), as an administrator would.
 * An EJB added to the EAR injects the factory as the export will and is driven over HTTP; what the
 * pool did is read from sshd's own log of logins.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SftpAdapterIT {

    private static final String DEPLOYMENT = "callrec-with-sftp-probe";
    private static final ModelNode DEFINITION = Operations.createAddress("subsystem", "resource-adapters",
            "resource-adapter", "callrec-sftp", "connection-definitions", "Sftp");
    private static final String PROBE_URL = "http://127.0.0.1:"
            + (8080 + Integer.getInteger("callrec.it.port.offset", 0)) + "/sftp-probe/export";

    private static TestSshd sshd;
    private static boolean ready;
    private static ManagementClient management;
    private static final Map<String, String> PROPERTIES = new LinkedHashMap<>();

    @ArquillianResource
    Deployer injectedDeployer;

    @ArquillianResource
    ManagementClient injectedManagement;

    /** The EAR as built, plus the probe EJB module and a servlet to call it. */
    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive earWithProbe() throws IOException {
        return ProbeEar.with("<module><ejb>sftp-probe.jar</ejb></module><module><web><web-uri>sftp-probe.war</web-uri>"
                        + "<context-root>/sftp-probe</context-root></web></module>",
                ShrinkWrap.create(JavaArchive.class, "sftp-probe.jar").addClass(SftpProbe.class),
                ShrinkWrap.create(WebArchive.class, "sftp-probe.war").addClass(SftpProbeServlet.class));
    }

    @BeforeEach
    void startSshdAndDeployOnce() throws IOException {
        if (sshd != null) {
            assertThat(ready).as("the SFTP test setup failed in an earlier test").isTrue();
            return;
        }
        sshd = TestSshd.start();
        management = injectedManagement;
        Path knownHosts = sshd.directory("server-config").resolve("known_hosts");
        Files.writeString(knownHosts, sshd.knownHostsLine() + "\n");
        PROPERTIES.put("callrec.sftp.host", "127.0.0.1");
        PROPERTIES.put("callrec.sftp.port", Integer.toString(sshd.port()));
        PROPERTIES.put("callrec.sftp.user", sshd.user());
        PROPERTIES.put("callrec.sftp.private-key-file", sshd.clientKey().privateKeyFile().toString());
        PROPERTIES.put("callrec.sftp.host-key-file", knownHosts.toString());
        PROPERTIES.forEach((name, value) -> execute(Operations.createAddOperation(
                Operations.createAddress("system-property", name)), "value", value));
        reloadServer();
        injectedDeployer.deploy(DEPLOYMENT); // Arquillian undeploys it after the class
        ready = true;
    }

    /** Arquillian undeploys the EAR after this; the system properties go, the sshd stops. */
    @AfterAll
    static void removePropertiesAndStopSshd() {
        try {
            if (management != null && ready) {
                PROPERTIES.keySet().forEach(name -> execute(Operations.createRemoveOperation(
                        Operations.createAddress("system-property", name))));
            }
        } finally {
            if (sshd != null) {
                sshd.close();
            }
        }
    }

    /** Reloads the server and waits until it runs again (the management connection drops meanwhile). */
    private static void reloadServer() {
        execute(Operations.createOperation("reload"));
        Instant deadline = Instant.now().plusSeconds(180);
        boolean wentDown = false;
        while (Instant.now().isBefore(deadline)) {
            TestSshd.pause(250);
            try {
                ModelNode state = management.getControllerClient().execute(
                        Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state"));
                String value = Operations.isSuccessfulOutcome(state) ? Operations.readResult(state).asString() : "";
                if (!value.equals("running")) {
                    wentDown = true;
                } else if (wentDown) {
                    return;
                }
            } catch (IOException | RuntimeException reloading) {
                wentDown = true;
            }
        }
        throw new AssertionError("the server did not come back from the reload within 180 s");
    }

    @Test
    void theAdapterDeploysWithTheEarAndItsFactoryIsBound() {
        ModelNode definition = execute(Operations.createReadResourceOperation(DEFINITION));
        assertThat(definition.get("jndi-name").asString()).isEqualTo("java:/eis/callrec/Sftp");
        assertThat(definition.get("class-name").asString()).isEqualTo("io.callrec.sftp.ra.SftpManagedConnectionFactory");
        execute(Operations.createReadResourceOperation(
                Operations.createAddress("deployment", "callrec.ear", "subdeployment", "callrec-jca-sftp.rar")));

        ModelNode jndi = execute(Operations.createOperation("jndi-view", Operations.createAddress("subsystem", "naming")));
        ModelNode bound = jndi.get("java: contexts", "java:", "eis", "children", "callrec", "children", "Sftp");
        assertThat(bound.get("class-name").asString()).isEqualTo("io.callrec.sftp.ra.SftpConnectionFactoryImpl");
    }

    @Test
    void theEarCarriesTheAdapterOnlyAsItsRar() throws IOException {
        // A second copy of the API or of JSch in lib/ (an EJB module depending on the adapter with
        // scope compile instead of provided) would load the classes twice.
        try (ZipFile ear = new ZipFile(System.getProperty("callrec.ear.file"))) {
            List<String> names = ear.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("callrec-jca-sftp.rar")
                    .noneMatch(name -> name.startsWith("lib/") && (name.contains("jsch") || name.contains("jca-sftp")));
            try (ZipInputStream rar = new ZipInputStream(ear.getInputStream(ear.getEntry("callrec-jca-sftp.rar")))) {
                List<String> inRar = new ArrayList<>();
                for (ZipEntry entry = rar.getNextEntry(); entry != null; entry = rar.getNextEntry()) {
                    inRar.add(entry.getName());
                }
                assertThat(inRar).contains("META-INF/ra.xml")
                        .anyMatch(name -> name.matches("jsch-.*\\.jar"))
                        .anyMatch(name -> name.matches("callrec-jca-sftp-.*\\.jar"));
            }
        }
    }

    @Test
    void anEjbInjectsTheFactoryAndEveryByteArrives() throws Exception {
        Path dir = sshd.directory("ejb-export");
        int logins = logins();
        byte[] wav = random(0x5F7B, 300_000);
        assertThat(export(null, dir + "/prod/42", "1.wav", wav)).isEqualTo("OK 300000");
        assertThat(Files.readAllBytes(dir.resolve("prod/42/1.wav"))).isEqualTo(wav);
        assertThat(dir.resolve("prod/42/1.wav.part")).doesNotExist();
        assertThat(sshd.log()).as("getConnection() used the configured key").contains("Accepted publickey for " + sshd.user());
        assertThat(logins()).isGreaterThan(logins);

        byte[] json = "{\"recordingId\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(export(sshd.endpoint(), dir + "/prod/42", "1.json", json)).isEqualTo("OK " + json.length);
        assertThat(Files.readAllBytes(dir.resolve("prod/42/1.json"))).isEqualTo(json);
    }

    @Test
    void passwordLoginWorksThroughThePool() throws Exception {
        Path dir = sshd.directory("password");
        assertThat(export(sshd.passwordEndpoint(), dir.toString(), "p.wav", random(1, 1000))).isEqualTo("OK 1000");
    }

    @Test
    void connectionsArePooledPerEndpoint() throws Exception {
        Path dir = sshd.directory("pooled");
        SftpEndpoint endpoint = sshd.endpoint().withTimeouts(Duration.ofSeconds(19), Duration.ofSeconds(19));
        SftpEndpoint other = endpoint.withTimeouts(Duration.ofSeconds(18), Duration.ofSeconds(19));
        int logins = logins();

        for (int i = 0; i < 3; i++) {
            assertThat(export(endpoint, dir.toString(), i + ".wav", random(i, 5000))).isEqualTo("OK 5000");
        }
        assertThat(logins()).as("one pooled connection served three exports\n" + loginLines()).isEqualTo(logins + 1);

        assertThat(export(other, dir.toString(), "other.wav", random(9, 10))).isEqualTo("OK 10");
        assertThat(export(endpoint, dir.toString(), "3.wav", random(3, 10))).isEqualTo("OK 10");
        assertThat(logins()).as("another endpoint got its own connection; the first one's survived it")
                .isEqualTo(logins + 2);

        execute(Operations.createOperation("flush-idle-connection-in-pool", DEFINITION));
        assertThat(export(endpoint, dir.toString(), "4.wav", random(4, 10))).isEqualTo("OK 10");
        assertThat(logins()).as("an administrator's flush closes idle connections").isEqualTo(logins + 3);
    }

    @Test
    void failuresReachTheApplicationWithTheirKind() throws Exception {
        Path dir = sshd.directory("failures");
        SftpEndpoint endpoint = sshd.endpoint();

        assertThat(export(endpoint.withHostKey(""), dir.toString(), "x", new byte[1]))
                .startsWith("FAILED HOST_KEY_UNKNOWN ").contains(sshd.hostKey().fingerprint());
        assertThat(export(endpoint.withHostKey(sshd.ecdsaHostKey().fingerprint()), dir.toString(), "x", new byte[1]))
                .startsWith("FAILED HOST_KEY_MISMATCH ");
        SftpEndpoint wrongKey = SftpEndpoint.withPrivateKey("127.0.0.1", sshd.port(), sshd.user(),
                sshd.encryptedClientKey().privateKey(), TestSshd.ENCRYPTED_KEY_PASSPHRASE + "?", sshd.knownHostsLine());
        assertThat(export(wrongKey, dir.toString(), "x", new byte[1])).startsWith("FAILED CONFIGURATION ");
        Path readOnly = sshd.readOnlyDirectory("failures-readonly");
        assertThat(export(endpoint, readOnly.toString(), "x", new byte[1])).startsWith("FAILED PERMISSION_DENIED ");
    }

    @Test
    void aConnectionWhoseServerSideDiedIsReplaced() throws Exception {
        Path dir = sshd.directory("replaced");
        SftpEndpoint endpoint = sshd.endpoint().withTimeouts(Duration.ofSeconds(17), Duration.ofSeconds(17));
        assertThat(export(endpoint, dir.toString(), "before.wav", random(1, 100))).isEqualTo("OK 100");
        assertThat(export(endpoint, dir.toString(), "pooled.wav", random(1, 100))).isEqualTo("OK 100");
        int logins = logins();
        sshd.killSessions();

        // Either validation on match finds the session gone, or the first use fails and reports the
        // error; in both cases the broken connection is destroyed and a new one serves.
        String first = export(endpoint, dir.toString(), "after.wav", random(2, 100));
        String result = first.startsWith("OK") ? first : export(endpoint, dir.toString(), "after.wav", random(2, 100));
        assertThat(first).matches("OK 100|FAILED (IO|TIMEOUT) .*");
        assertThat(result).isEqualTo("OK 100");
        assertThat(logins()).as("a new connection").isEqualTo(logins + 1);
        assertThat(export(endpoint, dir.toString(), "again.wav", random(3, 100))).isEqualTo("OK 100");
        assertThat(logins()).as("and that one is pooled in turn").isEqualTo(logins + 1);
    }

    private static String loginLines() {
        return sshd.log().lines().filter(line -> line.contains("Accepted")).collect(Collectors.joining("\n"));
    }

    /** Successful logins sshd has logged so far. */
    private static int logins() {
        return (int) sshd.log().lines().filter(line -> line.matches(".*Accepted (publickey|password) for .*")).count();
    }

    private static byte[] random(long seed, int size) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static String export(SftpEndpoint endpoint, String dir, String name, byte[] content) throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dir", dir);
        query.put("name", name);
        if (endpoint != null) {
            query.put("host", endpoint.host());
            query.put("port", Integer.toString(endpoint.port()));
            query.put("user", endpoint.user());
            query.put("hostKey", endpoint.hostKey());
            query.put("connectMs", Long.toString(endpoint.connectTimeout().toMillis()));
            query.put("operationMs", Long.toString(endpoint.operationTimeout().toMillis()));
            if (endpoint.password() != null) {
                query.put("password", endpoint.password());
            }
            if (endpoint.privateKey() != null) {
                query.put("privateKey", endpoint.privateKey());
            }
        }
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(PROBE_URL + "?" + encoded)).timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static ModelNode execute(ModelNode operation, String parameter, String value) {
        operation.get(parameter).set(value);
        return execute(operation);
    }

    private static ModelNode execute(ModelNode operation) {
        try {
            ModelNode outcome = management.getControllerClient().execute(operation);
            if (!Operations.isSuccessfulOutcome(outcome)) {
                throw new AssertionError(operation + " failed: " + Operations.getFailureDescription(outcome));
            }
            return Operations.readResult(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
