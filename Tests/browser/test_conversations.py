"""Questions in a real browser: a customer asks, is shown a similar question first and asks anyway;
an employee answers; the customer accepts the answer; a moderator promotes it to the space's FAQ and
finds it again with the search box in the header."""
import re

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import ADMIN_PASSWORD
from test_first_steps import shot, submit
from test_knowledge_base import sign_in, sign_out


def invite(browser, server, kind, relation=None):
    browser.get(server + "/admin")
    Select(browser.find_element(By.CSS_SELECTOR, "form[action='/admin/invitations'] select[name=kind]")).select_by_value(kind)
    if relation:
        Select(browser.find_element(By.CSS_SELECTOR, "form[action='/admin/invitations'] select[name=relation]")).select_by_value(relation)
    submit(browser, "form[action='/admin/invitations'] button[type=submit]")
    return re.search(r"/join/[A-Za-z0-9_-]+", browser.find_element(By.CSS_SELECTOR, ".notice code").text).group(0)


def join(browser, server, link, name, handle):
    browser.get(server + link)
    browser.find_element(By.NAME, "name").send_keys(name)
    browser.find_element(By.NAME, "handle").send_keys(handle)
    browser.find_element(By.NAME, "email").send_keys(handle + "@example.com")
    browser.find_element(By.NAME, "password").send_keys(handle + "-secret-123")
    submit(browser, "form.stack button[type=submit]")
    browser.get(server + "/spaces/help-desk")
    submit(browser, "form[action='/spaces/help-desk/join'] button")


def test_customer_asks_employee_answers_customer_accepts_moderator_promotes(server, browser):
    sign_in(browser, server, "ada@example.com", ADMIN_PASSWORD)
    browser.get(server + "/spaces/new")
    browser.find_element(By.NAME, "name").send_keys("Help Desk")
    browser.find_element(By.NAME, "slug").send_keys("help-desk")
    browser.find_element(By.NAME, "purpose").send_keys("Questions about our stoves, answered.")
    Select(browser.find_element(By.NAME, "default_visibility")).select_by_value("public")
    submit(browser, "form.stack button[type=submit]")
    browser.get(server + "/spaces/help-desk/threads/new?kind=question")
    browser.find_element(By.NAME, "title").send_keys("How do I clean the stove glass?")
    browser.find_element(By.NAME, "body").send_keys("It turns brown after a week.")
    submit(browser, "#thread-submit")
    earlier = browser.current_url
    customer_link = invite(browser, server, "external", "customer")
    employee_link = invite(browser, server, "employee")
    sign_out(browser)

    join(browser, server, customer_link, "Cora Customer", "cora")
    browser.get(server + "/spaces/help-desk/threads")
    browser.find_element(By.LINK_TEXT, "Ask a question").click()
    browser.find_element(By.NAME, "title").send_keys("Brown stove glass: how to clean it?")
    WebDriverWait(browser, 10, ignored_exceptions=[WebDriverException]).until(
        lambda page: "How do I clean the stove glass?" in page.find_element(By.ID, "similar-list").text)
    assert browser.find_element(By.ID, "similar").is_displayed()
    browser.find_element(By.NAME, "body").send_keys("Mine is a Nordic 5. **Soap** did not help.")
    submit(browser, "#thread-submit")
    similar = browser.find_element(By.ID, "similar")
    assert "How do I clean the stove glass?" in similar.text
    assert "matches:" in similar.text
    assert browser.find_element(By.CSS_SELECTOR, "#similar a[href='/" + earlier.split("/", 3)[3] + "']")
    shot(browser, "7-similar")
    submit(browser, "#thread-submit")
    question = browser.current_url
    assert "/threads/" in question
    assert browser.find_element(By.CSS_SELECTOR, "h1").text.endswith("Brown stove glass: how to clean it?")
    sign_out(browser)

    join(browser, server, employee_link, "Emil Employee", "emil")
    browser.get(question)
    browser.find_element(By.ID, "reply-body").send_keys("Wipe the cold glass with a damp cloth dipped in wood ash.")
    submit(browser, "#reply-form button[type=submit]")
    assert "wood ash" in browser.find_element(By.CSS_SELECTOR, "article.reply .prose").text
    sign_out(browser)

    sign_in(browser, server, "cora@example.com", "cora-secret-123")
    assert browser.find_element(By.CSS_SELECTOR, ".bell .count").text == "1"
    browser.get(question)
    submit(browser, "form[action$='/accept'] button.accept")
    assert "accepted answer" in browser.find_element(By.CSS_SELECTOR, "article.reply.accepted").text
    shot(browser, "8-accepted")
    sign_out(browser)

    sign_in(browser, server, "ada@example.com", ADMIN_PASSWORD)
    browser.get(question)
    browser.find_element(By.CSS_SELECTOR, "#moderate summary").click()
    submit(browser, "#promote-faq")
    assert browser.current_url.split("#")[0].endswith("/spaces/help-desk/faq")
    entry = browser.find_element(By.CSS_SELECTOR, ".faq-entry")
    assert "Brown stove glass: how to clean it?" in entry.find_element(By.TAG_NAME, "h2").text
    assert "wood ash" in entry.find_element(By.CSS_SELECTOR, ".prose").text
    shot(browser, "9-faq")

    browser.find_element(By.CSS_SELECTOR, ".header-search input[name=q]").send_keys("\"wood ash\" OR soot\n")
    WebDriverWait(browser, 10).until(expected_conditions.url_contains("/search?q="))
    assert "Brown stove glass: how to clean it?" in browser.find_element(By.CSS_SELECTOR, ".hit h2 a").text
    assert browser.find_element(By.CSS_SELECTOR, ".hit .snippet mark").text.lower() in ("wood", "ash", "wood ash")
    shot(browser, "10-search")
    sign_out(browser)
