// The error pages must speak Chinese and offer a retry and a way home. They are rendered here
// because a static site has no failing route to visit; the 404 page is checked in e2e/errors.spec.ts.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";

const props = { error: new Error("boom <script>"), retry: () => {} };

describe("error pages", () => {
  test("app/error.tsx: Chinese, a retry button and a link home, and no raw error text", () => {
    const html = renderToStaticMarkup(createElement(ErrorPage, props));
    expect(html).toContain("页面没能正常显示");
    expect(html).toMatch(/<button[^>]*>重试<\/button>/);
    expect(html).toMatch(/<a[^>]*href="\/"[^>]*>返回全部汇报<\/a>/);
    expect(html).not.toContain("boom");
  });

  test("app/global-error.tsx brings its own Chinese document", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, props));
    expect(html).toMatch(/^<html lang="zh-CN">/);
    expect(html).toContain("<title>出错了 · 汇报看板</title>");
    expect(html).toContain("页面没能正常显示");
    expect(html).not.toContain("boom");
  });
});
