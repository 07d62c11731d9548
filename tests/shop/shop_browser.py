#!/usr/bin/python3
"""The order page in a real browser, end to end (docs/preorders.md).

A stallkeeper-server on loopback, two devices (stallkeeper-cli databases) paired with it. Device
A publishes a list; a customer orders in headless Chromium at 390x844 and sees the confirmation
with its QR code; device B receives the order by sync; device A hands it over with a re-weighed
item paid partly by SNAP; the status page then says "picked up" and device B sees it too.
Screenshots (390x844 and 1366x768) go to the folder given as the third argument.

Usage: shop_browser.py STALLKEEPER_SERVER STALLKEEPER_CLI SHOT_DIR
"""
import datetime
import os
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

SERVER, CLI, SHOTS = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(SHOTS, exist_ok=True)
work = tempfile.mkdtemp(prefix="sk-shop-")
env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0", LC_ALL="C.UTF-8")


def run(*args, db=None):
    cmd = [CLI, "--db", os.path.join(work, db)] if db else [SERVER, "--db", os.path.join(work, "srv.sqlite")]
    p = subprocess.run(cmd + list(args), env=env, capture_output=True, text=True, cwd=work)
    if p.returncode != 0:
        raise SystemExit("FAIL %s: %s %s" % (" ".join(args), p.stdout, p.stderr))
    return p.stdout


def navigate(driver, element):
    """Clicks what loads a new page and waits until the old one is gone: a lookup right after
    the click could otherwise find the old page's element, stale a moment later."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 30).until(expected_conditions.staleness_of(page))


def check(cond, what):
    if not cond:
        raise SystemExit("FAIL " + what)
    print("ok  " + what)


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
base = "http://127.0.0.1:%d" % port
run("vendor", "add", "Hill Farm")
page = run("shop", "enable", "Hill Farm", "--base", base).strip()
check(page == base + "/shop/hill-farm", "shop enable prints the page address")
server = subprocess.Popen([SERVER, "--db", os.path.join(work, "srv.sqlite"), "serve", "--listen",
                           "127.0.0.1:%d" % port], env=env, cwd=work)
driver = None
try:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    with open(os.path.join(work, "catalog.csv"), "w") as f:
        f.write("sku,name,category,unit,price,tax_category,snap_eligible,token_eligible,"
                "fmnp_eligible,active,barcodes,quick_pos,quick_color,low_stock\n"
                "TOM,Tomatoes,Veg,lb,4.50,exempt,1,1,1,1,,,,\n"
                "BRD,Sourdough loaf,Bakery,each,8.00,exempt,1,1,0,1,,,,\n")
    for dev in ("a.sqlite", "b.sqlite"):
        run("pair", "--server", base, "--code", run("pair-code", "Hill Farm").strip(), "--name", dev, db=dev)
    run("catalog", "import", "catalog.csv", db="a.sqlite")
    run("stock", "receive", "TOM=20", "BRD=10", db="a.sqlite")
    day = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    run("orders", "publish", "TOM=10", "BRD=stock", "--day", day, "--cutoff", "23:59",
        "--window", "08:00-10:00", "--window", "10:00-12:00", "--market", "Downtown", db="a.sqlite")
    run("sync", db="a.sqlite")
    run("sync", db="b.sqlite")

    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        opts.add_argument(a)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    driver.set_window_size(1366, 768)
    driver.get(page)
    driver.save_screenshot(os.path.join(SHOTS, "shop-form-1366x768.png"))
    driver.set_window_size(390, 844)
    driver.get(page + "?lang=es")
    check("Pedido para recoger" in driver.page_source, "the page speaks Spanish when asked")
    driver.get(page)
    driver.save_screenshot(os.path.join(SHOTS, "shop-form-390x844.png"))
    inputs = driver.find_elements(By.CSS_SELECTOR, "input[type=number]")
    check(len(inputs) == 2, "two items offered")
    inputs[0].send_keys("2")    # about 2 lb of tomatoes
    inputs[1].send_keys("1")    # a loaf
    driver.find_element(By.NAME, "name").send_keys("Ana <script>alert(1)</script>")
    driver.find_element(By.NAME, "contact").send_keys("555-0100")
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    number = driver.find_element(By.ID, "order-number").text
    check(number.startswith("W-"), "confirmation shows order number " + number)
    check(len(driver.find_elements(By.CSS_SELECTOR, "figure.qr svg path")) == 1, "confirmation shows a QR code")
    driver.save_screenshot(os.path.join(SHOTS, "shop-confirmation-390x844.png"))
    status_url = driver.find_element(By.ID, "status-link").get_attribute("href")
    driver.get(status_url)
    check(driver.find_element(By.ID, "state").text == "placed", "status page: placed")
    check("<script>" not in driver.page_source.replace("&lt;script&gt;", ""), "the name is escaped")

    # The status page's own forms, in Spanish then in English, on the phone: a second customer
    # moves her order to another market day, then calls it off.
    day2 = (datetime.date.today() + datetime.timedelta(days=8)).isoformat()
    run("orders", "publish", "TOM=10", "BRD=stock", "--day", day2, "--cutoff", "23:59",
        "--window", "09:00-11:00", "--market", "Downtown", db="a.sqlite")
    run("sync", db="a.sqlite")
    driver.get(page + "?lang=es")
    first = driver.find_element(By.TAG_NAME, "form")
    first.find_elements(By.CSS_SELECTOR, "input[type=number]")[1].send_keys("2")
    first.find_element(By.NAME, "name").send_keys("Beatriz Núñez")
    first.find_element(By.NAME, "contact").send_keys("beatriz@example.org")
    navigate(driver, first.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    second = driver.find_element(By.ID, "order-number").text
    driver.get(driver.find_element(By.ID, "status-link").get_attribute("href"))
    check(driver.find_element(By.ID, "state").text == "pedido", "status page in Spanish: pedido")
    slot = driver.find_element(By.ID, "slot")
    label = driver.find_element(By.CSS_SELECTOR, "label[for=slot]")
    check(label.text == "Día de mercado y horario de recogida", "the new day's field is labelled")
    options = slot.find_elements(By.TAG_NAME, "option")
    check(any(day2 in o.get_attribute("value") for o in options), "another market day is offered")
    move = driver.find_element(By.ID, "reschedule")
    cancel = driver.find_element(By.ID, "cancel")
    width = driver.execute_script("return document.documentElement.clientWidth")
    for e in (slot, move, cancel):
        r = e.rect
        check(r["x"] >= 0 and r["x"] + r["width"] <= width and r["height"] >= 44,
              "%s fits the phone's width and is big enough to tap" % e.get_attribute("id"))
    driver.save_screenshot(os.path.join(SHOTS, "shop-status-forms-es-390x844.png"))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", move)
    driver.save_screenshot(os.path.join(SHOTS, "shop-status-forms-es-scrolled-390x844.png"))
    for o in options:
        if o.get_attribute("value").startswith(day2):
            o.click()
    navigate(driver, move)
    check(driver.find_element(By.ID, "state").text == "pedido", "moved, still waiting")
    check(datetime.date.fromisoformat(day2).strftime("%Y") in driver.find_element(By.ID, "market-day").text
          and driver.find_element(By.ID, "market-day").get_attribute("datetime") == day2,
          "the status page shows the new market day")
    check("09:00-11:00" in driver.page_source, "and its pick-up window")
    driver.save_screenshot(os.path.join(SHOTS, "shop-status-moved-es-390x844.png"))
    # The same order in English: the page's language link keeps the order and its token.
    navigate(driver, driver.find_element(By.CSS_SELECTOR, ".lang a"))
    check(driver.find_element(By.ID, "state").text == "placed", "status page in English: placed")
    cancel = driver.find_element(By.ID, "cancel")
    navigate(driver, cancel)
    check(driver.find_element(By.ID, "state").text == "placed", "a cancel asks to confirm first")
    driver.save_screenshot(os.path.join(SHOTS, "shop-status-cancel-confirm-en-390x844.png"))
    navigate(driver, driver.find_element(By.ID, "cancel-confirm"))
    check(driver.find_element(By.ID, "state").text == "cancelled", "status page: cancelled")
    check(not driver.find_elements(By.ID, "cancel"), "a cancelled order offers no more changes")
    driver.save_screenshot(os.path.join(SHOTS, "shop-status-cancelled-en-390x844.png"))
    run("sync", db="b.sqlite")
    check("%s\tcancelled" % second in run("orders", "list", db="b.sqlite"),
          "device B sees the customer's cancellation after sync")

    run("sync", db="b.sqlite")
    check(number in run("orders", "list", db="b.sqlite"), "device B has the order after sync")
    run("sync", db="a.sqlite")
    run("market", "open", "Downtown", db="a.sqlite")
    # 2.2 lb weighed at the stall: 9.90 + 8.00 = 17.90, 10.00 of it by SNAP.
    out = run("orders", "pickup", number, "--item", "TOM=2.2", "--tender", "snap=10.00",
              "--tender", "cash=7.90", db="a.sqlite")
    check("picked_up total 17.90" in out, "device A hands it over re-priced at 2.2 lb")
    run("sync", db="a.sqlite")
    driver.get(status_url)
    check(driver.find_element(By.ID, "state").text == "picked up", "status page: picked up")
    driver.save_screenshot(os.path.join(SHOTS, "shop-status-390x844.png"))
    run("sync", db="b.sqlite")
    check('"state": "picked_up"' in run("orders", "show", number, "--json", db="b.sqlite"),
          "device B sees it picked up")
finally:
    if driver:
        driver.quit()
    server.terminate()
    server.wait(timeout=30)
print("PASS")
