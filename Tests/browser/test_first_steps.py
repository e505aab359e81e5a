"""A newcomer's first steps in a real browser: sign in, start a space, post, see it, sign out."""
import os

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import ADMIN_PASSWORD

SHOTS = os.environ.get("COMMONPLACE_SCREENSHOTS")


def shot(browser, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        browser.save_screenshot(os.path.join(SHOTS, name + ".png"))


def test_sign_in_create_a_space_post_and_sign_out(server, browser):
    browser.get(server + "/")
    browser.find_element(By.LINK_TEXT, "Sign in").click()
    browser.find_element(By.NAME, "email").send_keys("ada@example.com")
    browser.find_element(By.NAME, "password").send_keys(ADMIN_PASSWORD)
    shot(browser, "1-sign-in")
    browser.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    assert "Ada Admin" in browser.find_element(By.CSS_SELECTOR, "header.top").text

    browser.get(server + "/spaces/new")
    browser.find_element(By.NAME, "name").send_keys("Customer Help")
    browser.find_element(By.NAME, "slug").send_keys("customer-help")
    browser.find_element(By.NAME, "purpose").send_keys("Solve stove problems together.")
    browser.find_element(By.NAME, "goals").send_keys("Share 25 tips | posts | 25")
    Select(browser.find_element(By.NAME, "default_visibility")).select_by_value("public")
    shot(browser, "2-new-space")
    browser.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    assert browser.current_url.endswith("/spaces/customer-help")
    assert "Solve stove problems together." in browser.page_source

    browser.find_element(By.NAME, "body").send_keys("Tip: keep the **air wash** open. #efficiency")
    browser.find_element(By.CSS_SELECTOR, "form.composer button[type=submit]").click()
    assert "/posts/" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, ".post .body strong").text == "air wash"

    browser.get(server + "/")
    feed = browser.find_element(By.CSS_SELECTOR, "section.feed").text
    assert "Tip: keep the air wash open." in feed
    assert "Customer Help" in feed
    shot(browser, "3-feed")

    browser.find_element(By.CSS_SELECTOR, "form[action='/signout'] button").click()
    assert browser.find_elements(By.LINK_TEXT, "Sign in")
    assert "Tip: keep the air wash open." in browser.find_element(By.CSS_SELECTOR, "section.feed").text
    browser.get(server + "/settings")
    assert "/signin" in browser.current_url
