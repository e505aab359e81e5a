"""The knowledge base in a real browser: an external member suggests an edit, an employee accepts it,
the article shows the change and credits the suggester. Its JSON-LD expands with pyld."""
import json
import re
import urllib.request

from pyld import jsonld
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import ADMIN_PASSWORD
from test_first_steps import shot, submit


def sign_in(browser, server, email, password):
    browser.get(server + "/signin")
    browser.find_element(By.NAME, "email").send_keys(email)
    browser.find_element(By.NAME, "password").send_keys(password)
    submit(browser, "form.stack button[type=submit]")


def sign_out(browser):
    """Opens the account menu, as a person does, and signs out from it."""
    browser.find_element(By.CSS_SELECTOR, ".account-menu summary").click()
    submit(browser, "form[action='/signout'] button")


def test_external_member_suggests_and_employee_accepts(server, browser):
    sign_in(browser, server, "ada@example.com", ADMIN_PASSWORD)
    browser.get(server + "/spaces/new")
    browser.find_element(By.NAME, "name").send_keys("Stove Manual")
    browser.find_element(By.NAME, "slug").send_keys("stove-manual")
    browser.find_element(By.NAME, "purpose").send_keys("How to install and run our stoves.")
    Select(browser.find_element(By.NAME, "default_visibility")).select_by_value("public")
    submit(browser, "form.stack button[type=submit]")

    browser.get(server + "/spaces/stove-manual/articles/new")
    browser.find_element(By.NAME, "title").send_keys("Lighting the stove")
    browser.find_element(By.NAME, "body").send_keys("## Steps\nOpen the air vent.\nLight the kindling.")
    browser.find_element(By.NAME, "section").send_keys("Getting started")
    browser.find_element(By.NAME, "tags").send_keys("lighting")
    submit(browser, "form.stack button[type=submit]")
    article_url = browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, ".prose h2").text == "Steps"

    browser.get(server + "/admin")
    Select(browser.find_element(By.CSS_SELECTOR, "form[action='/admin/invitations'] select[name=kind]")).select_by_value("external")
    Select(browser.find_element(By.CSS_SELECTOR, "form[action='/admin/invitations'] select[name=relation]")).select_by_value("customer")
    submit(browser, "form[action='/admin/invitations'] button[type=submit]")
    link = re.search(r"/join/[A-Za-z0-9_-]+", browser.find_element(By.CSS_SELECTOR, ".notice code").text).group(0)
    sign_out(browser)

    browser.get(server + link)
    browser.find_element(By.NAME, "name").send_keys("Cara Customer")
    browser.find_element(By.NAME, "handle").send_keys("cara")
    browser.find_element(By.NAME, "email").send_keys("cara@example.com")
    browser.find_element(By.NAME, "password").send_keys("cara-secret-123")
    submit(browser, "form.stack button[type=submit]")
    browser.get(article_url)
    browser.find_element(By.LINK_TEXT, "Suggest an edit").click()
    body = browser.find_element(By.NAME, "body")
    body.clear()
    body.send_keys("## Steps\nOpen the air vent fully.\nLight the kindling.")
    browser.find_element(By.NAME, "comment").send_keys("Half open makes it smoke.")
    shot(browser, "4-suggest")
    submit(browser, "form.stack button[type=submit]")
    assert "open" in browser.find_element(By.CSS_SELECTOR, "h1 .status").text
    sign_out(browser)

    sign_in(browser, server, "ada@example.com", ADMIN_PASSWORD)
    assert browser.find_element(By.CSS_SELECTOR, ".bell .count").text == "1"
    browser.get(server + "/suggestions")
    browser.find_element(By.LINK_TEXT, "Lighting the stove").click()
    assert "fully." in browser.find_element(By.CSS_SELECTOR, "table.diff ins").text
    shot(browser, "5-review")
    submit(browser, "form[action$='/accept'] button[type=submit]")
    assert "Open the air vent fully." in browser.find_element(By.CSS_SELECTOR, ".prose").text
    browser.find_element(By.LINK_TEXT, "History").click()
    assert "suggested by Cara Customer" in browser.find_element(By.CSS_SELECTOR, ".history").text
    shot(browser, "6-history")
    sign_out(browser)

    page = urllib.request.urlopen(article_url).read().decode()
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    expanded = jsonld.expand(json.loads(data))
    assert expanded[0]["https://schema.org/headline"][0]["@value"] == "Lighting the stove"
    assert expanded[0]["@type"] == ["https://schema.org/Article"]
    scheme = json.loads(urllib.request.urlopen(server + "/api/v1/tags/scheme").read())
    concepts = jsonld.expand(scheme)
    assert any("http://www.w3.org/2004/02/skos/core#Concept" in node.get("@type", []) for node in concepts)
