package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Issue 15, e-mail: a real SMTP server (GreenMail) on loopback, the port the test server's mail session
 * points at (callrec.it.smtp.port). The mail arrives with its subject, bodies and attachment, or with a
 * play link above the attachment limit; each of the four conditions switched off sends nothing; an SMTP
 * server down while the recording completes gets exactly one message once it is up. A recording of an
 * internal call between two entitled accounts gets one message to each address, each with its own
 * Message-ID, call view and play link, and each account's own mail state, shown to whom may see it; an
 * account without an address shows NONE with the reason while the other is mailed. Where a browser is
 * installed, the console's recording page lists both accounts' mails and an account user's own page its own.
 */
class MailDeliveryIT extends DeployedEar {

    private static final int SMTP_PORT = Integer.getInteger("callrec.it.smtp.port", 3025);
    private static GreenMail smtp;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path profiles;

    @BeforeAll
    static void startSmtp() {
        smtp = startedSmtp();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static GreenMail startedSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        // The mail session's default credentials, offered because GreenMail advertises AUTH.
        server.setUser("callrec@localhost", "callrec", "callrec");
        return server;
    }

    @BeforeEach
    void deliveryOn() {
        recordsDelivery(true);
    }

    @AfterEach
    void deliveryOff() {
        recordsDelivery(false);
    }

    private void recordsDelivery(boolean on) {
        HttpResponse<String> put = api().put("settings", "{\"RecordsDelivery.Enabled\":" + on + "}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(ApiClient.json(api().get("settings").body()).getBoolean("RecordsDelivery.Enabled")).isEqualTo(on);
    }

    @Test
    void theOwnersMailArrivesWithSubjectBodiesAndTheAudioEvenWhenKeptToMyselfOnly() throws Exception {
        String email = "alice-" + suffix + "@example.net";
        String account = world(true, "{\"sendViaEmail\":\"on\",\"showToMyselfOnly\":\"on\"}", email, "wav-alaw");
        long id = postCall(account);
        JsonObject mail = awaitMail(id, "SENT");
        assertThat(mail.getInt("attempts")).isEqualTo(1);
        assertThat(mail.getString("sentAt")).isNotBlank();

        MimeMessage m = only(email);
        assertThat(m.getMessageID()).isEqualTo("<recording-" + id + "." + account + ".callrec@callrec.test>");
        assertThat(m.getSubject()).startsWith("Call recording: outgoing call 14155550100 \u2192 14155550199 on ")
                .endsWith("(3 s)");
        assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Address::toString)).containsExactly(email);
        List<Part> parts = leaves(m);
        assertThat(text(parts, "text/plain")).contains("From:      14155550100", "To:        14155550199",
                "Direction: outgoing", "Duration:  3 s", "attached (recording-" + id + ".wav)");
        assertThat(text(parts, "text/html")).contains("<td>14155550199</td>", "<td>outgoing</td>");
        Part audio = parts.stream().filter(p -> isAttachment(p)).findFirst().orElseThrow();
        assertThat(audio.getFileName()).isEqualTo("recording-" + id + ".wav");
        assertThat(audio.getContentType()).startsWith("audio/wav");
        assertThat(bytes(audio)).isEqualTo(api().getBytes("recordings/" + id + "/audio", null).body());
    }

    @Test
    void audioAboveTheAttachmentLimitComesAsASignedLinkThatPlays() throws Exception {
        String email = "bob-" + suffix + "@example.net";
        String account = world(true, "{\"sendViaEmail\":\"on\"}", email, "wav");
        HttpResponse<String> user = api().put("users/u-" + account,
                "{\"role\":\"account\",\"account\":\"" + account + "\",\"password\":\"pw-" + account + "-long\"}");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        long id = postCall(account);
        awaitMail(id, "SENT");

        MimeMessage m = only(email);
        List<Part> parts = leaves(m);
        assertThat(parts).noneMatch(MailDeliveryIT::isAttachment);
        String text = text(parts, "text/plain");
        Matcher link = Pattern.compile("http://callrec\\.test(/api/v1/recordings/" + id + "/audio\\?u=u-" + account
                + "&exp=\\d+&sig=\\S+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(text).contains("the link works until");
        HttpResponse<byte[]> played = api().anonymous().getAbsolute(link.group(1));
        assertThat(played.statusCode()).isEqualTo(200);
        assertThat(played.body()).isEqualTo(api().getBytes("recordings/" + id + "/audio", null).body());
    }

    @Test
    void eachConditionSwitchedOffSendsNoMail() throws Exception {
        String off = "off-" + suffix + "@example.net";
        String classOff = "class-" + suffix + "@example.net";
        String optionOff = "option-" + suffix + "@example.net";
        long noAddress = postCall(world(true, "{\"sendViaEmail\":\"on\"}", null, "wav-alaw"));
        long notClassified = postCall(world(false, "{\"sendViaEmail\":\"on\"}", classOff, "wav-alaw"));
        long notChosen = postCall(world(true, "{\"sendViaEmail\":\"off\"}", optionOff, "wav-alaw"));
        for (long id : new long[] {noAddress, notClassified, notChosen}) {
            assertThat(awaitFinal(id).getString("state")).isEqualTo("AVAILABLE");
            assertThat(recording(id).getJsonObject("mail").getString("state")).as("recording " + id).isEqualTo("NONE");
        }
        recordsDelivery(false);
        long deliveryOff = postCall(world(true, "{\"sendViaEmail\":\"on\"}", off, "wav-alaw"));
        assertThat(awaitFinal(deliveryOff).getString("state")).isEqualTo("AVAILABLE");
        assertThat(recording(deliveryOff).getJsonObject("mail").getString("state")).isEqualTo("NONE");

        Thread.sleep(2000);
        for (String address : List.of(off, classOff, optionOff)) {
            assertThat(to(address)).as(address).isEmpty();
        }
    }

    @Test
    void aServerDownWhileTheRecordingCompletesGetsExactlyOneMessageOnceItIsUp() throws Exception {
        String email = "carol-" + suffix + "@example.net";
        String account = world(true, "{\"sendViaEmail\":\"on\"}", email, "wav-alaw");
        smtp.stop();
        long id;
        try {
            id = postCall(account);
            JsonObject waiting = await(id, r -> r.getJsonObject("mail").getInt("attempts") >= 2)
                    .getJsonObject("mail");
            assertThat(waiting.getString("state")).isEqualTo("PENDING");
            assertThat(waiting.getInt("attempts")).isGreaterThanOrEqualTo(2);
            assertThat(waiting.getString("lastError")).isNotBlank();
        } finally {
            smtp = startedSmtp();
        }
        JsonObject sent = awaitMail(id, "SENT");
        assertThat(sent.isNull("lastError")).isTrue();
        Thread.sleep(3000);
        assertThat(to(email)).hasSize(1);
        assertThat(to(email).get(0).getMessageID()).isEqualTo("<recording-" + id + "." + account + ".callrec@callrec.test>");
    }

    @Test
    void twoEntitledAccountsOfOneRecordingEachGetTheirOwnMessageWithTheirOwnViewLinkAndState() throws Exception {
        String callerEmail = "dave-" + suffix + "@example.net";
        String calleeEmail = "erin-" + suffix + "@example.net";
        String caller = world(true, "{\"sendViaEmail\":\"on\"}", callerEmail, "wav");
        String callee = world(true, "{\"sendViaEmail\":\"on\"}", calleeEmail, "wav");
        for (String account : List.of(caller, callee)) {
            ok(api().put("users/u-" + account, "{\"role\":\"account\",\"account\":\"" + account
                    + "\",\"password\":\"pw-" + account + "-long\"}"));
        }
        ok(api().put("users/c-" + callee, "{\"role\":\"customer\",\"customer\":\"" + callee
                + "\",\"password\":\"pw-" + callee + "-long\"}"));
        long id = postInternalCall(caller, callee);

        JsonObject recording = await(id, r -> r.getJsonArray("mails").size() == 2 && r.getJsonArray("mails")
                .getValuesAs(JsonObject.class).stream().allMatch(m -> m.getString("state").equals("SENT")));
        assertThat(recording.getJsonArray("xdrs").getValuesAs(JsonObject.class)).as(recording.toString())
                .hasSize(2).allMatch(x -> x.getBoolean("entitled"));
        List<JsonObject> mails = recording.getJsonArray("mails").getValuesAs(JsonObject.class);
        assertThat(mails).as(recording.toString()).extracting(m -> m.getString("account"))
                .containsExactlyInAnyOrder(caller, callee);
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.getString("state")).isEqualTo("SENT");
            assertThat(m.getInt("attempts")).isEqualTo(1);
            assertThat(m.getString("sentAt")).isNotBlank();
        });
        assertThat(recording.getJsonObject("mail").getString("state")).isEqualTo("SENT");

        Thread.sleep(2000);
        MimeMessage toCaller = only(callerEmail);
        MimeMessage toCallee = only(calleeEmail);
        assertThat(toCaller.getMessageID()).isEqualTo("<recording-" + id + "." + caller + ".callrec@callrec.test>");
        assertThat(toCallee.getMessageID()).isEqualTo("<recording-" + id + "." + callee + ".callrec@callrec.test>");
        assertThat(text(leaves(toCaller), "text/plain")).contains("Direction: outgoing");
        assertThat(text(leaves(toCallee), "text/plain")).contains("Direction: incoming");
        for (String account : List.of(caller, callee)) {
            MimeMessage m = account.equals(caller) ? toCaller : toCallee;
            String text = text(leaves(m), "text/plain");
            Matcher link = Pattern.compile("http://callrec\\.test(/api/v1/recordings/" + id + "/audio\\?u=(\\S+?)&exp=\\d+&sig=\\S+)")
                    .matcher(text);
            assertThat(link.find()).as(text).isTrue();
            assertThat(link.group(2)).as("the link is signed for the account's own user").isEqualTo("u-" + account);
            assertThat(api().anonymous().getAbsolute(link.group(1)).statusCode()).isEqualTo(200);
        }

        JsonObject asCaller = ApiClient.json(api().as("u-" + caller, "pw-" + caller + "-long").get("recordings/" + id).body());
        assertThat(asCaller.getJsonArray("mails").getValuesAs(JsonObject.class)).as(asCaller.toString())
                .extracting(m -> m.getString("account")).containsExactly(caller);
        assertThat(asCaller.getJsonObject("mail").getString("state")).isEqualTo("SENT");
        JsonObject asCalleesCustomer = ApiClient.json(api().as("c-" + callee, "pw-" + callee + "-long")
                .get("recordings/" + id).body());
        assertThat(asCalleesCustomer.getJsonArray("mails").getValuesAs(JsonObject.class)).as(asCalleesCustomer.toString())
                .extracting(m -> m.getString("account")).containsExactly(callee);

        if (Browser.available()) {
            String[] admin = System.getProperty("callrec.it.admin", "it-admin:it-admin-password").split(":", 2);
            try (Browser b = new Browser(deployment, profiles.resolve("admin")).login(admin[0], admin[1])) {
                assertThat(pageMails(b, "/console/recording.xhtml?id=" + id))
                        .containsExactlyInAnyOrder(caller + " SENT 1", callee + " SENT 1");
                b.screenshot("console-recording-mails");
            }
            try (Browser b = new Browser(deployment, profiles.resolve("caller")).login("u-" + caller, "pw-" + caller + "-long")) {
                assertThat(pageMails(b, "/selfcare/recording.xhtml?id=" + id)).containsExactly(caller + " SENT 1");
            }
        }
    }

    /** The rows of a recording page's e-mail table: account, state and attempts of each. */
    private static List<String> pageMails(Browser b, String path) {
        b.open(path);
        b.find(By.id("mails"));
        return b.waitFor(d -> d.findElements(By.cssSelector("#mails tbody tr"))).stream()
                .map(row -> row.findElement(By.className("mail-account")).getText() + " "
                        + row.findElement(By.className("mail-state")).getText() + " "
                        + row.findElement(By.className("mail-attempts")).getText()).toList();
    }

    @Test
    void anAccountWithoutAnAddressShowsNoneWithTheReasonWhileTheOtherAccountIsMailed() throws Exception {
        String callerEmail = "frank-" + suffix + "@example.net";
        String caller = world(true, "{\"sendViaEmail\":\"on\"}", callerEmail, "wav-alaw");
        String callee = world(true, "{\"sendViaEmail\":\"on\"}", null, "wav-alaw");
        long id = postInternalCall(caller, callee);

        JsonObject recording = await(id, r -> r.getJsonArray("mails").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("account").equals(caller) && m.getString("state").equals("SENT")));
        List<JsonObject> mails = recording.getJsonArray("mails").getValuesAs(JsonObject.class);
        JsonObject callers = mails.stream().filter(m -> m.getString("account").equals(caller)).findFirst().orElseThrow();
        assertThat(callers.getString("state")).as(recording.toString()).isEqualTo("SENT");
        JsonObject callees = mails.stream().filter(m -> m.getString("account").equals(callee)).findFirst().orElseThrow();
        assertThat(callees.getString("state")).isEqualTo("NONE");
        assertThat(callees.getInt("attempts")).isZero();
        assertThat(callees.getString("lastError")).isEqualTo("the account has no e-mail address");
        assertThat(callees.isNull("sentAt")).isTrue();

        Thread.sleep(2000);
        MimeMessage m = only(callerEmail);
        assertThat(m.getMessageID()).isEqualTo("<recording-" + id + "." + caller + ".callrec@callrec.test>");
        assertThat(smtp.getReceivedMessages()).filteredOn(r -> {
            try {
                return r.getMessageID().startsWith("<recording-" + id + ".");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).hasSize(1);
    }

    /** An internal call from {@code caller} (outgoing) to {@code callee} (incoming): one recording, both xDRs on it. */
    private long postInternalCall(String caller, String callee) {
        Instant connect = Instant.now().minus(Duration.ofHours(1));
        String json = """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","customerId":"%s",
                 "callingNumber":"14155550100","calledNumber":"14155550199","direction":"outgoing",
                 "connectTime":"%s","disconnectTime":"%s",
                 "xdrs":[{"accountId":"%s","customerId":"%s","direction":"incoming"}]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), caller, caller, connect, connect.plusSeconds(3),
                callee, callee);
        HttpResponse<String> posted = api().postCall(json, Captures.twoLegCall());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonObject body = ApiClient.json(posted.body());
        assertThat(body.getJsonArray("xdrIds")).hasSize(2);
        return body.getJsonNumber("recordingId").longValue();
    }

    /**
     * A customer (class notifying or not, audio format), a recording product (recording outgoing and incoming
     * calls) and an account, all named by the account's id; the account's id.
     */
    private String world(boolean classNotifies, String serviceConfiguration, String email, String format) {
        String id = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().put("customer-classes/" + id, "{\"name\":\"c\",\"newRecordingNotification\":" + classNotifies + "}"));
        ok(api().put("customers/" + id, "{\"name\":\"m\",\"customerClass\":\"" + id + "\",\"outputFormat\":\"" + format + "\"}"));
        ok(api().put("products/" + id, "{\"name\":\"rec\",\"callRecording\":{\"autoRecordOutgoing\":true,\"autoRecordIncoming\":true}}"));
        ok(api().put("accounts/" + id, "{\"customer\":\"" + id + "\",\"product\":\"" + id + "\","
                + (email == null ? "" : "\"email\":\"" + email + "\",") + "\"serviceConfiguration\":" + serviceConfiguration + "}"));
        return id;
    }

    private long postCall(String account) {
        HttpResponse<String> posted = api().postCall(callJson(account, Instant.now().minus(Duration.ofHours(1)), account,
                "outgoing"), Captures.twoLegCall());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        return ApiClient.json(posted.body()).getJsonNumber("recordingId").longValue();
    }

    private JsonObject awaitMail(long id, String state) throws InterruptedException {
        JsonObject mail = await(id, r -> r.getJsonObject("mail").getString("state").equals(state)).getJsonObject("mail");
        assertThat(mail.getString("state")).as(mail.toString()).isEqualTo(state);
        return mail;
    }

    private static List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static MimeMessage only(String address) throws MessagingException {
        List<MimeMessage> found = to(address);
        assertThat(found).as("messages to " + address).hasSize(1);
        return found.get(0);
    }

    /** Every non-multipart part of the message, depth first. */
    private static List<Part> leaves(Part part) throws MessagingException, IOException {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static String text(List<Part> parts, String type) throws MessagingException, IOException {
        for (Part p : parts) {
            if (p.isMimeType(type) && !isAttachment(p)) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static boolean isAttachment(Part p) {
        try {
            return Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition());
        } catch (MessagingException e) {
            return false;
        }
    }

    private static byte[] bytes(Part p) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        return out.toByteArray();
    }
}
