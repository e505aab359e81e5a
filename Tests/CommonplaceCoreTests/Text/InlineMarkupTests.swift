import CommonplaceCore
import Foundation
import Testing

@Suite("Post markup")
struct InlineMarkupTests {
    let markup = InlineMarkup(knownHandles: ["ben"])

    /// Payloads from common XSS cheat sheets; none may produce a live tag, attribute or URL.
    static let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "\"><script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](//evil.example/steal)",
        "[x\"onmouseover=\"alert(1)](https://ok.example)",
        "[x](https://ok.example\"onmouseover=\"alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "**<b onclick=alert(1)>bold</b>**",
        "`<script>alert(1)</script>`",
        "https://ok.example/\"><script>alert(1)</script>",
        "<iframe src=javascript:alert(1)>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    ]

    @Test(arguments: payloads)
    func payloadIsNeutralised(_ payload: String) {
        // when
        let html = markup.html(payload)

        // then: only our own tags, only our own attributes, only safe links
        let tag = try! Regex(#"<(/?)([a-zA-Z0-9]+)([^>]*)>"#)
        let attribute = try! Regex(#"([a-zA-Z-]+)="([^"]*)""#)
        for match in html.matches(of: tag) {
            let name = String(match.output[2].substring ?? "").lowercased()
            let attributes = String(match.output[3].substring ?? "")
            #expect(Self.allowedTags.contains(name), "\(payload) produced <\(name)>")
            let parsed = attributes.matches(of: attribute).map {
                (String($0.output[1].substring ?? ""), String($0.output[2].substring ?? ""))
            }
            let leftover = attributes.replacing(attribute, with: "").trimmingCharacters(in: .whitespaces)
            #expect(leftover.isEmpty, "\(payload) produced stray attribute text \(leftover)")
            for (key, value) in parsed {
                #expect(["href", "rel", "class"].contains(key), "\(payload) produced attribute \(key)")
                if key == "href" {
                    let lowered = value.lowercased()
                    #expect(
                        lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:")
                            || (lowered.hasPrefix("/") && !lowered.hasPrefix("//")), "\(payload) produced href \(value)")
                }
            }
        }
    }

    static let allowedTags: Set<String> = ["p", "br", "ul", "li", "blockquote", "strong", "em", "code", "a"]

    @Test func rendersTheSupportedMarkup() {
        // when
        let html = markup.html("Hi @ben and @nobody, see **this** and *that* `code` #tips\n\n- one\n- two\n\n> quoted")

        // then
        #expect(html.contains(#"<a class="mention" href="/members/ben">@ben</a>"#))
        #expect(html.contains("@nobody"))
        #expect(!html.contains("/members/nobody"))
        #expect(html.contains("<strong>this</strong>"))
        #expect(html.contains("<em>that</em>"))
        #expect(html.contains("<code>code</code>"))
        #expect(html.contains(#"<a class="tag" href="/tags/tips">#tips</a>"#))
        #expect(html.contains("<ul><li>one</li><li>two</li></ul>"))
        #expect(html.contains("<blockquote><p>quoted</p></blockquote>"))
    }

    @Test func emailAddressesAndFragmentsAreNotMentionsOrTags() {
        #expect(Tags.mentions(in: "write to ben@example.com") == [])
        #expect(Tags.hashtags(in: "see https://example.com/#top and &#39; entity") == [])
        #expect(Tags.hashtags(in: "#Swift and #swift and #server-side") == ["swift", "server-side"])
    }
}
