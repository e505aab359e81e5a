"""A newcomer's first steps in a real browser: sign in, start a space, post, see it, sign out."""
import os

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import ADMIN_PASSWORD

SHOTS = os.environ.get("COMMONPLACE_SCREENSHOTS")


def shot(browser, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        browser.save_screenshot(os.path.join(SHOTS, name + ".png"))


def wait_for_new_page(browser, page):
    """Waits until `page` (the old document's root) has been replaced by the next page."""

    def replaced(_):
        try:
            page.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            # Chromium sometimes reports a node of the previous document this way instead of as stale.
            return "does not belong to the document" in str(error)

    WebDriverWait(browser, 15).until(replaced)


def submit(browser, selector):
    """Clicks a submit button and waits until the next page has replaced this one."""
    page = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.CSS_SELECTOR, selector).click()
    wait_for_new_page(browser, page)


def test_sign_in_create_a_space_post_and_sign_out(server, browser):
    browser.get(server + "/")
    page = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.LINK_TEXT, "Sign in").click()
    wait_for_new_page(browser, page)
    browser.find_element(By.NAME, "email").send_keys("ada@example.com")
    browser.find_element(By.NAME, "password").send_keys(ADMIN_PASSWORD)
    shot(browser, "1-sign-in")
    submit(browser, "form.stack button[type=submit]")
    assert "Ada Admin" in browser.find_element(By.CSS_SELECTOR, "header.top").text

    browser.get(server + "/spaces/new")
    browser.find_element(By.NAME, "name").send_keys("Customer Help")
    browser.find_element(By.NAME, "slug").send_keys("customer-help")
    browser.find_element(By.NAME, "purpose").send_keys("Solve stove problems together.")
    browser.find_element(By.NAME, "goals").send_keys("Share 25 tips | posts | 25")
    Select(browser.find_element(By.NAME, "default_visibility")).select_by_value("public")
    shot(browser, "2-new-space")
    submit(browser, "form.stack button[type=submit]")
    assert browser.current_url.endswith("/spaces/customer-help")
    assert "Solve stove problems together." in browser.page_source

    browser.find_element(By.NAME, "body").send_keys("Tip: keep the **air wash** open. #efficiency")
    submit(browser, "form.composer button[type=submit]")
    assert "/posts/" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, ".post .body strong").text == "air wash"

    browser.get(server + "/")
    feed = browser.find_element(By.CSS_SELECTOR, "section.feed").text
    assert "Tip: keep the air wash open." in feed
    assert "Customer Help" in feed
    shot(browser, "3-feed")

    browser.find_element(By.CSS_SELECTOR, ".account-menu summary").click()
    submit(browser, "form[action='/signout'] button")
    assert browser.find_elements(By.LINK_TEXT, "Sign in")
    assert "Tip: keep the air wash open." in browser.find_element(By.CSS_SELECTOR, "section.feed").text
    browser.get(server + "/settings")
    assert "/signin" in browser.current_url
