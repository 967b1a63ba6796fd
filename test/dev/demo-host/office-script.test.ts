import { withStandinOffice } from "../../../dev/demo-host/office-script";

const page = (tag: string) => `<html><head>${tag}</head><body></body></html>`;

test("replaces the CDN's Office.js with the stand-in", () => {
  const html = withStandinOffice(
    page(
      '<script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>'
    )
  );
  expect(html).toContain('<script type="text/javascript" src="/demo/office-standin.js"></script>');
  expect(html).not.toContain("appsforoffice");
});

test("leaves pages without Office.js alone", () => {
  expect(withStandinOffice(page("<title>Help</title>"))).toBe(page("<title>Help</title>"));
});

test("refuses a page that names the CDN in a way it does not recognise", () => {
  expect(() =>
    withStandinOffice(page('<link rel="preload" href="https://appsforoffice.microsoft.com/x">'))
  ).toThrow("Unrecognised Office.js script tag");
});
