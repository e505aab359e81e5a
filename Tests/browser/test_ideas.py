"""Ideas in a real browser, on the demo instance: a customer opens a campaign, starts an idea and is shown similar
ideas while typing the title, submits it anyway, supports another idea from the list, and reads the official answer
a moderator gives when the status changes — from the notification that brings it."""
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_first_steps import shot, submit
from test_knowledge_base import sign_in, sign_out

PASSWORD = "commonplace-demo"


def test_customer_submits_an_idea_supports_another_and_reads_the_answer(demo_server, browser):
    browser.delete_all_cookies()
    sign_in(browser, demo_server, "dan@acme.example", PASSWORD)
    browser.get(demo_server + "/campaigns")
    browser.find_element(By.LINK_TEXT, "How could we make lighting a stove easier?").click()
    browser.find_element(By.LINK_TEXT, "Submit an idea").click()

    browser.find_element(By.NAME, "title").send_keys("Lighting steps printed on the door")
    WebDriverWait(browser, 10, ignored_exceptions=[WebDriverException]).until(
        lambda page: "A lighting guide printed inside the door" in page.find_element(By.ID, "similar-list").text)
    assert browser.find_element(By.ID, "similar").is_displayed()
    shot(browser, "ideas-1-similar")
    browser.find_element(By.NAME, "body").send_keys("A small enamel plate with the three steps, riveted inside the door.")
    Select(browser.find_element(By.NAME, "need_type")).select_by_value("latent")
    submit(browser, "#idea-submit")
    assert "idea" in browser.find_element(By.ID, "similar").text.lower(), "the form comes back with the similar items first"
    submit(browser, "#idea-submit")
    idea = browser.current_url
    assert "/ideas/" in idea
    assert browser.find_element(By.CSS_SELECTOR, "h1").text.endswith("Lighting steps printed on the door")
    assert "New" in browser.find_element(By.ID, "idea-status-head").text
    assert browser.find_element(By.CSS_SELECTOR, ".idea-panel .support-button").get_attribute("aria-pressed") == "true"

    browser.get(demo_server + "/ideas?order=newest")
    basket = "A log basket that matches the stove"
    card = browser.find_element(By.XPATH, f"//article[contains(@class,'idea-card')][.//a[text()='{basket}']]")
    assert card.find_element(By.CSS_SELECTOR, ".support-button").get_attribute("aria-pressed") == "false"
    before = int(card.find_element(By.CSS_SELECTOR, ".support-button strong").text)
    card_id = card.get_attribute("id")
    submit(browser, f"#{card_id} .support-button")
    card = browser.find_element(By.ID, card_id)
    assert int(card.find_element(By.CSS_SELECTOR, ".support-button strong").text) == before + 1
    assert card.find_element(By.CSS_SELECTOR, ".support-button").get_attribute("aria-pressed") == "true"
    sign_out(browser)

    sign_in(browser, demo_server, "chloe@hearth.example", PASSWORD)
    browser.get(idea)
    Select(browser.find_element(By.CSS_SELECTOR, "#answer select[name=status]")).select_by_value("under-review")
    browser.find_element(By.CSS_SELECTOR, "#answer textarea[name=note]").send_keys("The design team is testing enamel plates this month.")
    submit(browser, "#answer button[type=submit]")
    assert "Under review" in browser.find_element(By.ID, "idea-status-head").text
    sign_out(browser)

    sign_in(browser, demo_server, "dan@acme.example", PASSWORD)
    browser.get(demo_server + "/notifications")
    browser.find_element(By.PARTIAL_LINK_TEXT, "is now under review").click()
    assert browser.current_url.startswith(idea)
    answers = browser.find_element(By.CSS_SELECTOR, ".idea-panel .answers").text
    assert "Under review" in answers and "enamel plates this month" in answers
    shot(browser, "ideas-2-answered")
    sign_out(browser)
