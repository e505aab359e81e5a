import CommonplaceCore
import Foundation
import Testing

@Suite("Markdown")
struct MarkdownTests {
    let markup = Markdown(knownHandles: ["ben"])

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
        "![x](javascript:alert(1))",
        "![x\" onerror=\"alert(1)](https://ok.example/a.png)",
        "![x](https://ok.example/a.png\"onerror=\"alert(1))",
        "```\n<script>alert(1)</script>\n```",
        "```js\"><script>alert(1)</script>\nx\n```",
        "# <script>alert(1)</script>",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
        "- <img src=x onerror=alert(1)>\n  - [x](vbscript:msgbox(1))",
        "> <iframe src=\"javascript:alert(1)\"></iframe>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<style>body{display:none}</style>",
        "[x](/\\evil.example)",
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
                #expect(["href", "rel", "class", "id", "src", "alt", "loading"].contains(key), "\(payload) produced attribute \(key)")
                if key == "href" || key == "src" {
                    let lowered = value.lowercased()
                    #expect(
                        lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:")
                            || (lowered.hasPrefix("/") && !lowered.hasPrefix("//")), "\(payload) produced href \(value)")
                }
            }
        }
    }

    static let allowedTags: Set<String> = [
        "p", "br", "hr", "ul", "ol", "li", "blockquote", "strong", "em", "code", "pre", "a", "img",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    ]

    @Test func escapesALessThanThatACombiningMarkFollows() {
        // when: "<" and U+0301 form one Character, which a Character-by-Character escaper does not recognise
        let html = markup.html("a <\u{301}b> and `<\u{301}c>`")

        // then
        #expect(!html.contains("<\u{301}"))
        #expect(html.contains("&lt;\u{301}b&gt;"))
        #expect(html.contains("<code>&lt;\u{301}c&gt;</code>"))
    }

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
        #expect(html.contains("<p>Hi"))
        #expect(html.contains("<blockquote><p>quoted</p></blockquote>"))
    }

    @Test func rendersArticleBlocks() {
        // when
        let html = markup.html(
            """
            # Installing the Model 5

            ## Before you start
            1. Check the flue
            2. Measure the hearth
               - at least 30 cm
            ---
            | Part | Size |
            |------|-----:|
            | Flue | 15 cm |

            ```swift
            let x = 1 < 2
            ```
            ![Stove](https://cdn.example/stove.png)
            """)

        // then
        #expect(html.contains(#"<h1 id="h-installing-the-model-5">Installing the Model 5</h1>"#))
        #expect(html.contains(#"<h2 id="h-before-you-start">Before you start</h2>"#))
        #expect(html.contains("<ol><li>Check the flue</li><li>Measure the hearth<ul><li>at least 30 cm</li></ul></li></ol>"))
        #expect(html.contains("<hr>"))
        #expect(
            html.contains(
                "<table><thead><tr><th>Part</th><th>Size</th></tr></thead><tbody><tr><td>Flue</td><td>15 cm</td></tr></tbody></table>"))
        #expect(html.contains(#"<pre><code class="language-swift">let x = 1 &lt; 2</code></pre>"#))
        #expect(html.contains(#"<img src="https://cdn.example/stove.png" alt="Stove" loading="lazy">"#))
    }

    @Test func emailAddressesAndFragmentsAreNotMentionsOrTags() {
        #expect(Tags.mentions(in: "write to ben@example.com") == [])
        #expect(Tags.hashtags(in: "see https://example.com/#top and &#39; entity") == [])
        #expect(Tags.hashtags(in: "#Swift and #swift and #server-side") == ["swift", "server-side"])
    }

    @Test func plainTextKeepsTheWordsAndDropsTheSyntax() {
        // given
        let text =
            "## Lighting\n\nOpen the **air vent** and read [the guide](https://hearth.example/guide) & `flue.md`.\n\n- one\n- two < three"

        // when
        let plain = Markdown().plainText(text)

        // then
        #expect(plain == "Lighting\nOpen the air vent and read the guide & flue.md.\none\ntwo < three")
    }
}
