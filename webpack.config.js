/**
 * Webpack for the task pane and the ribbon commands, after Microsoft's React task-pane template
 * (OfficeDev/Office-Addin-TaskPane-React): entries `taskpane` and `commands`, one HTML page
 * each, assets and the manifest copied to dist/, an https dev server on localhost:3000.
 *
 * Differences from the template, and why:
 * - ts-loader emits ES modules (module esnext, moduleResolution bundler); with CommonJS output
 *   @fluentui/react-icons is not tree-shaken (17 MiB instead of ~300 KB, TOOLCHAIN.md).
 *   `transpileOnly`: type-checking is `npm run typecheck`; a type error in a test file must
 *   not stop the bundle.
 * - Office.js is served from our own origin (office-js/), not the CDN, so the pane works
 *   offline and in tests. Production copies only what office.js loads for Excel: office.js,
 *   its host-to-file table, every excel*.js host file (web, Windows, Mac, iPad), the
 *   office_strings.js of each locale and the telemetry scripts — about 13 MB of the package's
 *   86 MB (Outlook/Word/PowerPoint/OneNote files and the .debug.js twins are left out).
 *   The dev server serves the package's whole dist/ straight from node_modules (no copy), so
 *   the .debug.js files are there when needed.
 * - ExcelJS is only reached through dynamic import() (plain-browser mode), so it lands in its
 *   own chunk and the Excel pane never downloads it.
 * - dist/cli (the CLI, built by tsc) shares dist/: `clean` keeps it.
 */
const path = require("path");
// copy-webpack-plugin needs ajv 8, which this install only has nested (scripts/ajv8-path.js)
require("./scripts/ajv8-path").useAjv8InThisProcess();
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin"); // webpack 5's own minimizer (terser)
const { httpsOptions } = require("./scripts/certs");

const urlDev = "https://localhost:3000/";
// The address the add-in is deployed at; set ADDIN_URL when building for a real server.
const urlProd = process.env.ADDIN_URL || urlDev;
const officeJsDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** The files office.js needs to run in Excel (see the comment above). */
const officeJsForExcel = [
  "office.js",
  "o15apptofilemappingtable.js",
  "es6-promise.js",
  "excel*.js",
  "*/office_strings.js",
  "telemetry/oteljs_agave.js",
  "ariatelemetry/aria-web-telemetry.js", // loaded by the Excel host files
];

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // the result dialog's script (no inline script under the pages' CSP)
      notice: "./src/commands/noticePage.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx"],
      // ExcelJS's browser build references node built-ins it never uses in the browser
      fallback: { fs: false, path: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      // the 检查 command's result dialog: static, no script bundle
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        inject: false,
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
          ...(serving
            ? []
            : officeJsForExcel.map((pattern) => ({
                from: pattern,
                context: officeJsDist,
                // keep the package's layout (a plain file pattern would be flattened)
                to: ({ absoluteFilename }) => `office-js/${path.relative(officeJsDist, absoluteFilename).split(path.sep).join("/")}`,
                globOptions: { ignore: ["**/*.debug.js"] },
                info: { minimized: true }, // shipped minified; never run through the minimizer
              }))),
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ExcelJS (plain-browser mode only) as one named chunk, so the minimizer can skip it
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 20 },
        },
      },
      minimizer: [
        // exceljs.min.js ships minified; minifying its megabyte again took most of a
        // two-minute build on two cores for a few percent
        new MinimizerPlugin({ exclude: /^exceljs\./ }),
      ],
    },
    performance: { hints: false },
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: officeJsDist, publicPath: "/office-js" }],
      server: { type: "https", options: serving ? await httpsOptions() : {} },
      host: "localhost",
      // DEV_SERVER_PORT overrides package.json's config.dev_server_port (3000), e.g. for tests
      port: Number(process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
    },
  };
  return config;
};
