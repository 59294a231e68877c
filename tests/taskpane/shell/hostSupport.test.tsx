/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lackingFeatures, type HostSupport } from "../../../src/taskpane/hostSupport";
import { HostSupportNotice } from "../../../src/taskpane/shell/HostSupportNotice";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";

function support(newest: number, readOpenWorkbook = true): HostSupport {
  const capabilities = detectCapabilities({
    isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= newest,
  });
  return { capabilities, readOpenWorkbook };
}

describe("what this Excel lacks", () => {
  it("Office 2019 (ExcelApi 1.7) lacks data validation and page setup, in plain words", () => {
    expect(lackingFeatures(support(7))).toEqual([
      "Không đặt được kiểm tra dữ liệu (cần ExcelApi 1.8).",
      "Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9).",
    ]);
  });

  it("ExcelApi 1.13 lacks nothing; an Office that keeps the file to itself lacks the open-workbook check", () => {
    expect(lackingFeatures(support(13))).toEqual([]);
    expect(lackingFeatures(support(13, false))).toEqual([
      "Không đọc được sổ làm việc đang mở để kiểm tra (phiên bản Office này không cho phần bổ trợ lấy nội dung tệp); hãy chọn tệp để kiểm tra.",
    ]);
  });

  it("the notice shows the version found and each missing feature", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <HostSupportNotice support={support(7)} />
      </FluentProvider>,
    );
    const notice = screen.getByTestId("host-support");
    expect(notice.textContent).toContain("Excel hỗ trợ ExcelApi 1.7.");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(lackingFeatures(support(7)));
  });

  it("the notice says all is well on a modern Excel", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <HostSupportNotice support={support(13)} />
      </FluentProvider>,
    );
    expect(screen.getByTestId("host-support").textContent).toBe(
      "Excel hỗ trợ ExcelApi 1.13. Excel này làm được mọi chức năng của phần bổ trợ.",
    );
  });
});
