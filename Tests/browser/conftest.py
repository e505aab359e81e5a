"""Starts the real `commonplace serve` on 127.0.0.1 with a fresh data folder, and a headless Chromium."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ADMIN_PASSWORD = "browser-test-secret"


def binary():
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(path, "commonplace")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(arguments, setup=None):
    """Starts `commonplace serve` on a free port with a fresh data folder; yields its URL, then stops it."""
    data = tempfile.mkdtemp(prefix="commonplace-browser-")
    env = dict(os.environ, COMMONPLACE_DATA_DIR=data, COMMONPLACE_BCRYPT_COST="4", COMMONPLACE_ADMIN_PASSWORD=ADMIN_PASSWORD)
    env.pop("DATABASE_URL", None)
    exe = binary()
    if setup:
        subprocess.run([exe] + setup, env=env, check=True)
    port = free_port()
    log = open(os.path.join(data, "server.log"), "w")
    process = subprocess.Popen([exe, "serve", "--port", str(port)] + arguments, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        raise RuntimeError("the server did not start: " + open(os.path.join(data, "server.log")).read())
    yield url
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(scope="session")
def server():
    """An empty instance with one admin, ada@example.com."""
    yield from start([], setup=["create-admin", "--email", "ada@example.com", "--name", "Ada Admin", "--handle", "ada"])


@pytest.fixture(scope="session")
def demo_server():
    """The README's demo instance (Hearth & Co); every demo member's password is `commonplace-demo`."""
    yield from start(["--demo"])


@pytest.fixture(scope="session")
def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900"]:
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()
