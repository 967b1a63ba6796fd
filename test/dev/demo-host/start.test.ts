import { portFrom } from "../../../dev/start";
import { chromiumPath } from "../../e2e/harness";

test("the port comes from --port, then PORT, else 3000", () => {
  expect(portFrom(["--port", "4100"], { PORT: "5000" })).toBe(4100);
  expect(portFrom([], { PORT: "5000" })).toBe(5000);
  expect(portFrom([], {})).toBe(3000);
});

test("a bad port is a clear error", () => {
  expect(() => portFrom(["--port", "http"], {})).toThrow('Not a valid port: "http"');
  expect(() => portFrom([], { PORT: "70000" })).toThrow("Not a valid port");
});

test("without a Chromium the e2e harness says how to install one", () => {
  expect(() => chromiumPath({ CHROMIUM_PATH: "/nonexistent/chromium" })).toThrow(
    /apt-get install -y chromium/
  );
  expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
});
