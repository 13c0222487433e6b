package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The end-to-end test in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}): home page, search, writing a letter, its status, a forged cross-site
 * form that changes nothing, a member of staff signing in and sending a reply for review, the three
 * sign-offs by three other people (初审, 复审, 终审 with 保密审查, where a {@code review} finding holds
 * the reply until it is acknowledged with a reason), the published reply, and a screenshot.
 * Never skipped: without the browser it fails and says what to install.
 */
class PortalBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Where the screenshot goes (the module's build folder; surefire runs in the module's directory). */
  static final Path SCREENSHOT = Path.of("target", "portal-screenshot.png");

  @TempDir Path data;
  @TempDir Path profile;

  @Test
  void aResidentSearchesWritesALetterAndSeesItsStatus() throws Exception {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs Debian's packages: apt-get install -y chromium chromium-driver "
            + "(missing " + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM) + ")");
    ChromeOptions options = new ChromeOptions();
    // Explicit binary and driver: Selenium Manager then has nothing to download.
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1600", "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    PortalConfig config = PortalConfig.defaults().withPort(0).withDataDir(data);
    PortalHttp.addStaff(config, "mail", "mailbox");
    PortalHttp.addStaff(config, "head", "reviewer");
    PortalHttp.addStaff(config, "office", "approver");
    PortalHttp.addStaff(config, "secret", "secrecy");
    try (Portal portal = Portal.start(config)) {
      WebDriver browser = new ChromeDriver(service, options);
      try {
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        String base = "http://localhost:" + portal.port();
        browser.get(base + "/");
        assertTrue(browser.getTitle().contains("某县人民政府门户网站"), browser.getTitle());
        assertEquals("4311230001", browser.findElement(By.id("site-code")).getText());
        // Keyboard first: the first Tab reaches the skip link.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("跳到主要内容", browser.switchTo().activeElement().getText());

        browser.findElement(By.id("top-q")).sendKeys("网上办事" + Keys.ENTER);
        assertTrue(browser.findElement(By.id("total")).getText().matches("[1-9]\\d*"));
        assertTrue(browser.findElement(By.cssSelector("ol.hits")).getText().contains("网上办事"));

        browser.findElement(By.linkText("县长信箱")).click();
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("建议");
        browser.findElement(By.id("subject")).sendKeys("建议增设夜间办事窗口");
        browser.findElement(By.id("body")).sendKeys("上班族白天难以请假，建议政务服务中心每周开放一个晚上。");
        browser.findElement(By.id("name")).sendKeys("陈十二");
        browser.findElement(By.id("phone")).sendKeys("13800138005");
        browser.findElement(By.cssSelector("form[action='/xinxiang'] button[type=submit]")).click();
        String id = browser.findElement(By.id("letter-id")).getText();
        assertTrue(id.length() > 5, id);
        assertTrue(browser.findElement(By.id("deadline")).getText().matches("\\d{4}-\\d{2}-\\d{2}"));

        browser.findElement(By.id("status-link")).click();
        String status = browser.findElement(By.tagName("main")).getText();
        assertTrue(status.contains(id) && status.contains("已收到") && status.contains("尚未答复"), status);

        // Staff sign in through the form: /editor sends the browser to /login first.
        browser.get(base + "/editor");
        assertTrue(browser.getCurrentUrl().contains("/login?next="), browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys("mail");
        browser.findElement(By.id("password")).sendKeys(PortalHttp.PASSWORD + Keys.ENTER);
        assertEquals("mail", browser.findElement(By.id("staff-user")).getText());
        assertTrue(browser.findElements(By.id("reply-" + id)).size() == 1, "the letter waits for a reply");

        // Another site's page posts a reply and a letter to the portal on its own: the browser sends
        // no session cookie (SameSite=Strict) and names the other origin; the portal refuses both.
        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String forms = "<form id=\"r\" method=\"post\" action=\"" + base + "/editor/reply\"><input name=\"id\" value=\""
            + id + "\"><input name=\"reply\" value=\"forged reply\"></form>"
            + "<form id=\"l\" method=\"post\" action=\"" + base + "/xinxiang\"><input name=\"type\" value=\"consultation\">"
            + "<input name=\"subject\" value=\"forged letter\"><input name=\"body\" value=\"forged\">"
            + "<input name=\"name\" value=\"x\"><input name=\"phone\" value=\"13800138009\"></form>";
        evil.createContext("/", exchange -> {
          String which = exchange.getRequestURI().getPath().endsWith("letter") ? "l" : "r";
          byte[] page = ("<!DOCTYPE html><html><body>" + forms + "<script>document.getElementById('" + which
              + "').submit()</script></body></html>").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
        evil.start();
        try {
          for (String attack : new String[] {"/reply", "/letter"}) {
            browser.get("http://127.0.0.1:" + evil.getAddress().getPort() + attack);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().startsWith(base));
            String refused = browser.findElement(By.tagName("main")).getText();
            assertTrue(refused.contains("请求来自其他网站"), attack + ": " + refused);
          }
        } finally {
          evil.stop(0);
        }
        browser.get(base + "/editor");
        assertTrue(browser.findElements(By.id("reply-" + id)).size() == 1, "the forged reply changed nothing");
        assertFalse(browser.getPageSource().contains("forged letter"), "and no forged letter was stored");

        WebElement reply = browser.findElement(By.id("reply-" + id));
        reply.sendKeys("已转县政务服务中心研究，经查阅内部资料，将于下月试行周三延时服务。");
        reply.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
        shows(browser, "答复审核中");
        assertTrue(browser.findElement(By.id("in-review-" + id)).getText().contains("答复审核中（待初审）"));
        assertEquals(404, status(base + "/xinxiang/letter?id=" + id), "nothing public before the sign-offs");

        // 初审 and 复审, each by its own member of staff, signed in through the form.
        decide(browser, base, "head", id, "同意，转复审。");
        shows(browser, "已通过，转复审");
        decide(browser, base, "office", id, "同意。");
        shows(browser, "已通过，转终审");
        // 终审 with 保密审查: the reply cites 内部资料, a review finding; approving without a reason is refused.
        decide(browser, base, "secret", id, "同意发布。");
        shows(browser, "保密审查须逐项说明理由");
        assertEquals(404, status(base + "/xinxiang/letter?id=" + id), "held until acknowledged");
        browser.get(base + "/editor/review");
        WebElement form = browser.findElement(By.cssSelector("form[action^='/editor/review/'][data-subject='" + id + "']"));
        List<WebElement> acks = form.findElements(By.cssSelector("input.ack"));
        assertEquals(1, acks.size(), "one reason per finding rule");
        acks.get(0).sendKeys("所引内容为已公开的办事指南");
        form.findElement(By.cssSelector("textarea[name=opinion]")).sendKeys("同意发布。");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        shows(browser, "已签发，稿件已发布");
        browser.get(base + "/xinxiang/letter?id=" + id);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("周三延时服务"));

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(SCREENSHOT) > 1_000);
      } finally {
        browser.quit();
      }
    }
  }

  /** Signs {@code name} in through the form (a fresh session) and approves the item about {@code subject}. */
  private static void decide(WebDriver browser, String base, String name, String subject, String opinion) {
    browser.manage().deleteAllCookies();
    browser.get(base + "/editor/review");
    assertTrue(browser.getCurrentUrl().contains("/login?next="), browser.getCurrentUrl());
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(PortalHttp.PASSWORD + Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
        .until(b -> name.equals(b.findElement(By.id("staff-user")).getText()));
    WebElement form = browser.findElement(By.cssSelector("form[action^='/editor/review/'][data-subject='" + subject + "']"));
    form.findElement(By.cssSelector("input[value=approve]")).click();
    form.findElement(By.cssSelector("textarea[name=opinion]")).sendKeys(opinion);
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** Waits for the page a form led to, until its main text says {@code text}. */
  private static void shows(WebDriver browser, String text) {
    try {
      // While the next page loads, Chromium may answer for a node of the page being left: a stale
      // element, or "Node with given id does not belong to the document" as a plain WebDriverException.
      new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
          .until(b -> b.findElement(By.tagName("main")).getText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("no \"" + text + "\" in: " + browser.findElement(By.tagName("main")).getText(), e);
    }
  }

  /** The status of a GET outside the browser (a public page needs no session). */
  private static int status(String url) throws Exception {
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
