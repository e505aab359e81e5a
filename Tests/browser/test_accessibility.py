"""The main pages, as the demo's people see them, at a desktop width (1280 px) and a phone width (390 px):
axe-core finds no serious or critical violation, and no page scrolls sideways on the phone."""
import importlib.util
import os
import re
import urllib.parse

import pytest
from selenium.webdriver.common.by import By

from test_first_steps import submit

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def axe_source():
    """axe-core as PyPI's axe-playwright-python bundles it (read from the package folder; Playwright is not needed)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None:
        pytest.fail("axe-core is missing: pip install --no-deps axe-playwright-python (.ci/run installs it)")
    with open(os.path.join(spec.submodule_search_locations[0], "axe.min.js")) as source:
        return source.read()


def sign_in(browser, server, email):
    browser.delete_all_cookies()
    browser.get(server + "/signin")
    browser.find_element(By.NAME, "email").send_keys(email)
    browser.find_element(By.NAME, "password").send_keys("commonplace-demo")
    submit(browser, "form.stack button[type=submit]")


def first_link(browser, server, page, pattern):
    browser.get(server + page)
    for link in browser.find_elements(By.CSS_SELECTOR, "main a[href]"):
        path = urllib.parse.urlparse(link.get_attribute("href")).path
        if re.fullmatch(pattern, path):
            return path
    pytest.fail(f"no link like {pattern} on {page}")


def violations(browser, source):
    browser.execute_script(source)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then((r) => done(r.violations)).catch((e) => done(String(e)));"
    )
    assert isinstance(result, list), result
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[node['target'] for node in v['nodes']][:3]}"
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


def check(browser, server, paths, source):
    problems = []
    for width_name, (width, height) in WIDTHS.items():
        browser.set_window_size(width, height)
        for path in paths:
            browser.get(server + path)
            for problem in violations(browser, source):
                problems.append(f"{path} at {width_name}: {problem}")
            if width_name == "phone":
                overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
                if overflow > 0:
                    problems.append(f"{path} at {width_name}: scrolls sideways by {overflow} px")
    browser.set_window_size(1200, 900)
    assert not problems, "\n".join(problems)


def test_signed_out_pages(demo_server, browser):
    browser.delete_all_cookies()
    check(browser, demo_server, ["/signin", "/signup", "/private-link-that-does-not-exist"], axe_source())


def test_an_employees_main_pages(demo_server, browser):
    source = axe_source()
    sign_in(browser, demo_server, "ben@hearth.example")
    thread = first_link(browser, demo_server, "/threads", r"/threads/\d+")
    article = first_link(browser, demo_server, "/spaces/customer-help/articles", r"/articles/\d+")
    space = first_link(browser, demo_server, "/spaces", r"/spaces/[a-z0-9-]+")
    idea = first_link(browser, demo_server, "/ideas?order=top", r"/ideas/\d+")
    campaign = first_link(browser, demo_server, "/campaigns", r"/campaigns/\d+")
    task = first_link(browser, demo_server, "/tasks", r"/tasks/\d+")
    paths = [
        "/", "/spaces", space, "/threads", thread, article, article + "/history", "/search?q=stove", "/search?q=zzzqqq",
        "/members", "/members/ben", "/notifications", "/settings", "/moderation", "/suggestions", "/tags", "/threads/new",
        "/spaces/customer-help/threads/new?kind=question", "/ideas", idea, "/ideas/new", "/campaigns", campaign,
        "/tasks", task, "/tasks/new", "/members/gina",
    ]
    check(browser, demo_server, paths, source)


def test_a_customers_main_pages(demo_server, browser):
    source = axe_source()
    sign_in(browser, demo_server, "dan@acme.example")
    thread = first_link(browser, demo_server, "/threads", r"/threads/\d+")
    check(browser, demo_server, ["/", thread, "/spaces", "/search?q=stove", "/notifications", "/settings"], source)


def test_an_admins_pages(demo_server, browser):
    source = axe_source()
    sign_in(browser, demo_server, "ada@hearth.example")
    check(browser, demo_server, ["/admin", "/admin/log", "/admin/invitations", "/admin/search"], source)
