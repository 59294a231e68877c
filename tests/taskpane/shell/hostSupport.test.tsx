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
  it("Office 2019 (ExcelApi 1.7) lacks data validation, page setup and importing files as sheets, in plain words", () => {
    expect(lackingFeatures(support(7))).toEqual([
      "Không đặt được kiểm tra dữ liệu (cần ExcelApi 1.8).",
      "Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9).",
      "Không nhập được tệp của đơn vị vào sổ làm việc thành trang tính (cần ExcelApi 1.13); có thể chép trang “Chỉ tiêu”, “Nhiệm vụ” bằng Di chuyển hoặc Sao chép rồi tổng hợp từ các trang tính.",
    ]);
  });

  it("ExcelApi 1.13 lacks nothing, even where Office keeps the file to itself: the sheets are read instead", () => {
    expect(lackingFeatures(support(13))).toEqual([]);
    expect(lackingFeatures(support(13, false))).toEqual([]);
  });

  it("Office 2016 (ExcelApi 1.3) cannot read the sheets; without the file either, the open workbook is not checked", () => {
    const lacking = lackingFeatures(support(3, false));
    expect(lacking).toContain(
      "Không đọc được các trang tính biểu mẫu trong sổ làm việc để kiểm tra, tổng hợp (cần ExcelApi 1.4); hãy chọn tệp của đơn vị.",
    );
    expect(lacking[lacking.length - 1]).toContain("Không đọc được sổ làm việc đang mở để kiểm tra");
    expect(lackingFeatures(support(3, true)).some((text) => text.includes("sổ làm việc đang mở"))).toBe(false);
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
