"""A knowledge task in a real browser, on the demo instance: a volunteer finds the task meant for her on the home page,
answers it with a suggested edit to the article it names, and sees her response counted; the moderator closes it with
thanks, which reach her as a notification and stay on her profile."""
from selenium.webdriver.common.by import By

from test_first_steps import shot, submit
from test_knowledge_base import sign_in, sign_out

PASSWORD = "commonplace-demo"
TASK = "Review our guide to lighting the stove"


def test_volunteer_answers_a_knowledge_task_and_is_thanked(demo_server, browser):
    browser.delete_all_cookies()
    sign_in(browser, demo_server, "gina@volunteers.example", PASSWORD)
    browser.get(demo_server + "/")
    assert TASK in browser.find_element(By.ID, "tasks-for-you").text
    browser.find_element(By.ID, "tasks-for-you").find_element(By.LINK_TEXT, TASK).click()
    assert browser.find_element(By.CSS_SELECTOR, "h1").text == TASK
    assert "0 of 5 people responded" in browser.find_element(By.TAG_NAME, "aside").text
    shot(browser, "tasks-1-task")

    browser.find_element(By.CSS_SELECTOR, "#respond").find_element(By.LINK_TEXT, "Suggest an edit").click()
    body = browser.find_element(By.NAME, "body")
    body.send_keys("\n\nWarm a cold flue first: hold a rolled, lit newspaper under it for a minute.")
    browser.find_element(By.NAME, "comment").send_keys("For the knowledge task: what volunteers do on cold mornings.")
    submit(browser, "form.stack button[type=submit]")
    assert "open" in browser.find_element(By.CSS_SELECTOR, "h1 .status").text

    browser.get(demo_server + "/tasks")
    browser.find_element(By.LINK_TEXT, TASK).click()
    task = browser.current_url
    assert "You responded" in browser.find_element(By.ID, "respond").text
    assert "1 of 5 people responded" in browser.find_element(By.TAG_NAME, "aside").text
    assert "Gina Rossi Volunteer suggested an edit to Lighting the stove" in browser.find_element(By.ID, "responses").text
    shot(browser, "tasks-2-responded")
    sign_out(browser)

    sign_in(browser, demo_server, "ben@hearth.example", PASSWORD)
    browser.get(task)
    browser.find_element(By.CSS_SELECTOR, "#close textarea[name=thanks]").send_keys("The flue tip goes into the guide. Thank you!")
    submit(browser, "#close button[type=submit]")
    assert "The flue tip goes into the guide" in browser.find_element(By.ID, "thanks").text
    sign_out(browser)

    sign_in(browser, demo_server, "gina@volunteers.example", PASSWORD)
    browser.get(demo_server + "/notifications")
    browser.find_element(By.PARTIAL_LINK_TEXT, "thanks you for responding").click()
    assert browser.current_url.startswith(task)
    browser.get(demo_server + "/members/gina")
    assert TASK in browser.find_element(By.ID, "thanked").text
    shot(browser, "tasks-3-thanked")
    sign_out(browser)
