import CommonplaceCore
import Testing

@testable import CommonplaceWeb

/// The `HTML` type pages are written in: what is interpolated is escaped unless its type says it is markup.
@Suite("HTML values")
struct HTMLTests {
    static let hostile = #"Tom's <script>alert("x")</script> & <\#u{301}i> ' onmouseover='steal()"#

    @Test func interpolatedTextIsEscapedInTextAndInEveryAttributePosition() {
        // given
        let name = Self.hostile

        // when
        let html: HTML = """
            <p title="\(name)" data-x='\(name)'>\(name)</p><input value="\(name)"><a href="\(SiteURL.member(name))">\(name)</a>
            """

        // then: no character of the name can close an attribute or open a tag
        let text = html.description
        #expect(!text.contains("<script>"))
        #expect(!text.contains("<\u{301}i>"))
        #expect(!text.contains("' onmouseover"))
        #expect(!text.contains(#""x""#))
        #expect(text.contains("Tom&#39;s &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;\u{301}i&gt;"))
        #expect(text.hasPrefix("<p title=\"Tom&#39;s"))
    }

    @Test func markupGoesInOnlyAsHTML() {
        // given
        let bold: HTML = "<b>\("x < y")</b>"
        let trusted = HTML(trusted: "<em>made by our Markdown renderer</em>")

        // when
        let html: HTML = "\(bold) \(trusted) \("<i>as text</i>")"

        // then
        #expect(html.description == "<b>x &lt; y</b> <em>made by our Markdown renderer</em> &lt;i&gt;as text&lt;/i&gt;")
    }

    @Test func optionalsConditionsNumbersAndListsRenderAsWritten() {
        // given
        let missing: String? = nil
        let items = ["a", "<b>"]

        // when
        let html: HTML = """
            [\(missing)][\(if: true, "yes")][\(if: false, "no")][\(if: false, "1", else: "2")][\(42)][\(items.map { "<li>\($0)</li>" as HTML })]
            """

        // then
        #expect(html.description == "[][yes][][2][42][<li>a</li><li>&lt;b&gt;</li>]")
    }

    @Test func addressesFromOutsideKeepOnlySafeSchemes() {
        // given
        let addresses = [
            "https://example.com/a?b=1&c=2", "mailto:a@example.com", "/spaces", "javascript:alert(1)", "JavaScript:x", "//evil.example",
            "data:text/html,x",
        ]

        // when
        let links = addresses.map { (address: String) -> String in ("<a href=\"\(externalURL: address)\">" as HTML).description }

        // then
        #expect(
            links == [
                "<a href=\"https://example.com/a?b=1&amp;c=2\">", "<a href=\"mailto:a@example.com\">", "<a href=\"/spaces\">",
                "<a href=\"#\">",
                "<a href=\"#\">", "<a href=\"#\">", "<a href=\"#\">",
            ])
    }
}

@Suite("Times on pages")
struct TimestampTests {
    @Test func recentTimesAreRelativeAndOlderOnesADate() {
        // given
        let now = 1_795_000_000  // 2026-11-18

        // when / then
        #expect(Timestamp(now - 20).relative(to: now) == "just now")
        #expect(Timestamp(now - 60).relative(to: now) == "1 minute ago")
        #expect(Timestamp(now - 3 * 3600).relative(to: now) == "3 hours ago")
        #expect(Timestamp(now - 30 * 3600).relative(to: now) == "yesterday")
        #expect(Timestamp(now - 3 * 86_400).relative(to: now) == "3 days ago")
        #expect(Timestamp(now - 30 * 86_400).relative(to: now) == "19 Oct")
        #expect(Timestamp(now - 400 * 86_400).relative(to: now) == "14 Oct 2025")
    }

    @Test func aTimeCarriesItsExactValueForTheReadersZone() {
        // given
        let optional: Timestamp? = Timestamp(1_795_000_000)

        // when
        let html: HTML = "\(Timestamp(1_795_000_000)) \(optional) \(Timestamp?.none)"

        // then
        let shown = Timestamp(1_795_000_000).relative(to: Clock.now())
        let time = "<time datetime=\"2026-11-18T11:06:40Z\" title=\"2026-11-18 11:06 UTC\">\(shown)</time>"
        #expect(html.description == "\(time) \(time) ")
    }
}
