/* Builds the task pane. Production pages load office.js from Microsoft's CDN; with `--env officeJs=local`
   (tests, browser mode without network) they load the copy shipped in @microsoft/office-js. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.ADDIN_PROD_URL || "https://baocao-cds.sonla.gov.vn/addin/";
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/* The message for webviews too old for the bundle, written into the page (src/taskpane/oldWebview/oldWebview.js
   shows it): its texts are JSON so that this plain-Node config can read them. Hidden until that script decides. */
function oldWebviewMessage() {
  const texts = require("./src/domain/texts/oldWebview.json");
  const list = (items) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
  return [
    `<div id="old-webview" role="alert" hidden style="padding: 12px 16px; font: 14px/1.45 'Segoe UI', Arial, sans-serif">`,
    `<h1 style="font-size: 18px">${escapeHtml(texts.title)}</h1>`,
    `<p id="old-webview-old-engine" hidden>${escapeHtml(texts.oldEngine)}</p>`,
    `<p id="old-webview-not-started" hidden>${escapeHtml(texts.notStarted)}</p>`,
    `<p>${escapeHtml(texts.worksTitle)}</p>`,
    list(texts.works),
    `<p>${escapeHtml(texts.whatToDoTitle)}</p>`,
    list(texts.whatToDo),
    `<p><code id="old-webview-address"></code></p>`,
    `</div>`,
  ].join("");
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const localOfficeJs = env.officeJs === "local";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // ExcelJS's browser build still asks for Node built-ins it never uses in the browser.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, zlib: false },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    performance: { maxEntrypointSize: 600 * 1024, maxAssetSize: 2 * 1024 * 1024 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: {
          officeJsUrl: localOfficeJs ? "office/office.js" : officeJsCdn,
          oldWebviewMessage: oldWebviewMessage(),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/oldWebview/oldWebview.js", to: "old-webview.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
          ...(localOfficeJs
            ? [
                { from: path.join(officeJsDist, "office.js"), to: "office/office.js" },
                // office.js reads its host table before deciding it runs outside Office.
                {
                  from: path.join(officeJsDist, "o15apptofilemappingtable.js"),
                  to: "office/o15apptofilemappingtable.js",
                },
                { from: path.join(officeJsDist, "en-us"), to: "office/en-us" },
              ]
            : []),
        ],
      }),
    ],
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
