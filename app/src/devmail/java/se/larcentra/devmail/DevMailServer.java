package se.larcentra.devmail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The demo's mail server, started by {@code app/bin/larcentra start}: GreenMail takes every message
 * the app sends (SMTP on 127.0.0.1, port {@code LARCENTRA_SMTP_PORT}, default 2525) and a small page
 * on 127.0.0.1:{@code LARCENTRA_MAIL_VIEWER_PORT} (default 8025) lists them, newest first, each with
 * its text. Messages live in memory only. Never part of a production set-up.
 */
public final class DevMailServer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Stockholm"));

    private final GreenMail mail;

    private DevMailServer(int smtpPort) {
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public static void main(String[] args) throws IOException {
        int smtpPort = Integer.parseInt(env("LARCENTRA_SMTP_PORT", "2525"));
        int viewerPort = Integer.parseInt(env("LARCENTRA_MAIL_VIEWER_PORT", "8025"));
        DevMailServer server = new DevMailServer(smtpPort);
        server.mail.start();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", viewerPort), 0);
        http.createContext("/", server::page);
        http.start();
        System.out.println("Demo mail: SMTP on 127.0.0.1:" + smtpPort + ", messages at http://localhost:" + viewerPort + "/");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private void page(HttpExchange exchange) throws IOException {
        List<MimeMessage> messages = Arrays.asList(mail.getReceivedMessages());
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Lärcentra demo mail</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="10">
                <style>body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
                article{border-top:1px solid #c9d1d9;padding:.5rem 0}h2{font-size:1.1rem;margin:.25rem 0}
                pre{white-space:pre-wrap;background:#f3f5f7;padding:.75rem;border-radius:4px}.meta{color:#4f4f4f}</style>
                </head><body><h1>Mail sent by Lärcentra (demo)</h1>
                <p>Every message the app has sent since this server started, newest first. The page refreshes every 10 s.</p>
                """);
        html.append("<p><strong>").append(messages.size()).append(messages.size() == 1 ? " message" : " messages").append("</strong></p>");
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage m = messages.get(i);
            try {
                Date sent = m.getSentDate();
                html.append("<article><h2>").append(escape(m.getSubject())).append("</h2><p class=\"meta\">To ")
                        .append(escape(addresses(m.getAllRecipients()))).append(" · ")
                        .append(sent == null ? "" : TIME.format(sent.toInstant())).append(" · ")
                        .append(escape(m.getMessageID())).append("</p><pre>")
                        .append(linkify(escape(String.valueOf(m.getContent()).replace("\r\n", "\n")))).append("</pre></article>");
            } catch (MessagingException | IOException e) {
                html.append("<article><p>(unreadable message: ").append(escape(e.toString())).append(")</p></article>");
            }
        }
        html.append("</body></html>");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** Links in the text (confirmation and reset links) become clickable; the text is escaped already. */
    private static String linkify(String escaped) {
        return escaped.replaceAll("(https?://[^\\s<]+)", "<a href=\"$1\">$1</a>");
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
