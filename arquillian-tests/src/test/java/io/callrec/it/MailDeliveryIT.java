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

/**
 * Issue 15, e-mail: a real SMTP server (GreenMail) on loopback, the port the test server's mail session
 * points at (callrec.it.smtp.port). The mail arrives with its subject, bodies and attachment, or with a
 * play link above the attachment limit; each of the four conditions switched off sends nothing; an SMTP
 * server down while the recording completes gets exactly one message once it is up.
 */
class MailDeliveryIT extends DeployedEar {

    private static final int SMTP_PORT = Integer.getInteger("callrec.it.smtp.port", 3025);
    private static GreenMail smtp;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

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
        assertThat(m.getMessageID()).isEqualTo("<recording-" + id + ".callrec@callrec.test>");
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
        assertThat(to(email).get(0).getMessageID()).isEqualTo("<recording-" + id + ".callrec@callrec.test>");
    }

    /** A customer (class notifying or not, audio format), a recording product and an account; the account's id. */
    private String world(boolean classNotifies, String serviceConfiguration, String email, String format) {
        String id = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().put("customer-classes/" + id, "{\"name\":\"c\",\"newRecordingNotification\":" + classNotifies + "}"));
        ok(api().put("customers/" + id, "{\"name\":\"m\",\"customerClass\":\"" + id + "\",\"outputFormat\":\"" + format + "\"}"));
        ok(api().put("products/" + id, "{\"name\":\"rec\",\"callRecording\":{\"autoRecordOutgoing\":true}}"));
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

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isIn(200, 201);
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
