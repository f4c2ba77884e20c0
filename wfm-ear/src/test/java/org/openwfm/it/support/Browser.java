package org.openwfm.it.support;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded, and the flags keep
 * Chromium off the network this machine does not have.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser(int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("wfm.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--lang=en-US", "--window-size=" + width + "," + height);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("wfm.chromedriver", "/usr/bin/chromedriver")))
        .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** A desktop-sized browser (1366 x 768). */
  public static Browser desktop() {
    return new Browser(1366, 768);
  }

  public void open(String path) {
    driver.get(WfmDeployment.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path).toString());
  }

  /** Logs in through the form and waits for the start page. */
  public void logIn(String user, String password) {
    open("/login.xhtml");
    type(By.id("login:username"), user);
    type(By.id("login:password"), password);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("header:logout")));
  }

  public void type(By by, String text) {
    WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    element.clear();
    element.sendKeys(text);
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /**
   * Clicks an element of a panel that PrimeFaces may still be opening (it fades and slides in): waits until the
   * element is visible and has stopped moving, and clicks again if another element still caught the click.
   */
  public void clickSettled(By by) {
    for (int attempt = 1; ; attempt++) {
      WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
      Rectangle[] last = {element.getRect()};
      new WebDriverWait(driver, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(100)).until(d -> {
        Rectangle now = element.getRect();
        boolean still = now.equals(last[0]);
        last[0] = now;
        return still;
      });
      try {
        element.click();
        return;
      } catch (ElementNotInteractableException e) {
        // Intercepted by an overlay, or zero size while a panel animates: both pass once the page settles.
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  public String text(By by) {
    return find(by).getText();
  }

  public void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  public String currentPath() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
