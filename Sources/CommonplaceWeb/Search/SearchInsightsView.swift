import CommonplaceCore

extension InsightsPage: PageView {
    var main: HTML {
        """
        <p class="meta"><a href="\(SiteURL.admin)">Admin</a></p>
        <h1>Search insights</h1>
        <p class="meta">What people look for, counted without saying who: queries that found nothing, and queries asked more this week than last.</p>
        <div class="grid two">
          <section class="card">
            <h2>Found nothing (30 days)</h2>
            <ul class="people">\(insights.zeroResults.map { "<li>\(queryLink($0.query)) <span class=\"meta\">\($0.count)×</span></li>" as HTML })
            \(if: insights.zeroResults.isEmpty, "<li class=\"meta\">Every search found something.</li>")</ul>
          </section>
          <section class="card">
            <h2>Rising (this week vs. last)</h2>
            <ul class="people">\(insights.rising.map { "<li>\(queryLink($0.query)) <span class=\"meta\">\($0.count) (was \($0.before ?? 0))</span></li>" as HTML })
            \(if: insights.rising.isEmpty, "<li class=\"meta\">Nothing rising.</li>")</ul>
          </section>
        </div>
        """
    }

    private func queryLink(_ query: String) -> HTML {
        "<a href=\"\(SiteURL.search.query("q", query))\">\(query)</a>"
    }
}
