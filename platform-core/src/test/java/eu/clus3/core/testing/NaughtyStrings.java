package eu.clus3.core.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Strings that have broken software before (in the spirit of the "big list of naughty strings"): unicode
 * oddities, right-to-left text, zalgo, SQL and HTML/JavaScript payloads, control characters, and text over
 * the limits. Input fields must store them verbatim or refuse them with a field error, never fail otherwise.
 */
public final class NaughtyStrings {

    private NaughtyStrings() {
    }

    public static List<String> all() {
        List<String> s = new ArrayList<>(List.of(
                "undefined", "null", "NULL", "nil", "true", "-1", "0x0", "1E+02", "NaN", "Infinity",
                " ", "\t", "\u00a0", "\u200b", "\ufeff", "\u3000",
                "Ω≈ç√∫˜µ≤≥÷", "åß∂ƒ©˙∆˚¬…æ", "田中さんにあげて下さい", "和製漢語", "사회과학원 어학연구소",
                "𝐓𝐡𝐞 𝐪𝐮𝐢𝐜𝐤", "😍 🙈 🐵 ❤️ 👨‍👩‍👧‍👦", "🏳️‍🌈 🇮🇹", "ﷺ", "̡͓̞ͅI̗̘̦͝n͇͇͙v̮̫ok̲̫̙͈i̖͙̭̹̠̞n̡̻̮̣̺g̲͈͙̭͙̬͎",
                "Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰-m̢iͅn̖̺̞̲̯̰d̵̼̟͙̩̼̘̳",
                "בְּרֵאשִׁית, בָּרָא אֱלֹהִים", "مرحبا بالعالم", "\u202eRTL override\u202c text", "\u200f\u200e",
                "' OR '1'='1", "1; DROP TABLE users--", "'; DELETE FROM forum_posts; --", "\" OR \"\"=\"",
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
                "javascript:alert(1)", "[click](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>",
                "\"><script>alert(document.cookie)</script>", "<iframe src=\"https://evil.example\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>", "{{7*7}}", "${7*7}", "#{7*7}",
                "%s%s%s%n", "../../../../etc/passwd", "C:\\Windows\\system32", "line one\nline two",
                "carriage\r\nreturn", "nul\u0000byte", "bell\u0007", "escape\u001b[31m", "a\u0008backspace",
                "@admin @nobody @@", "#hashtag", "tag-with-dash", "  padded  ",
                "x".repeat(201), "x".repeat(50_001), "🙂".repeat(101)));
        s.add(new String(new char[]{'a', '\ud800', 'b'})); // a lone surrogate
        return s;
    }
}
