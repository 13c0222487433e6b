package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The end-to-end test in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}): home page, search, writing a letter, its status, and a screenshot.
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
    try (Portal portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data))) {
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

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(SCREENSHOT) > 1_000);
      } finally {
        browser.quit();
      }
    }
  }
}
