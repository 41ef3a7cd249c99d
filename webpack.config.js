/**
 * Builds the add-in's static site: the task pane, the ribbon's function file and its result dialog,
 * the icons and the manifest (URLs from ADDIN_BASE_URL), and office.js itself with OFFICE_JS=self.
 * See config/addin-site.js for the settings. `webpack serve` adds the https dev server.
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { siteOptions, rewriteManifest } = require("./config/addin-site");

const OUTPUT = path.resolve(__dirname, "dist/addin");

const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "commands", entry: "./src/commands/index.ts", template: "./src/commands/commands.html" },
  { name: "notice", entry: "./src/commands/notice.ts", template: "./src/commands/notice.html" },
];

/**
 * HARNESS=1 hook: the browser test's harness page, which preloads a fake Excel host and mounts the
 * real pane (src/taskpane/mount.tsx) over the real adapter. It lives with the browser tests and is
 * never part of a deployed build.
 */
const HARNESS_DIR = "test/browser/harness";
function harnessPage() {
  const page = { name: "harness", entry: `./${HARNESS_DIR}/index.tsx`, template: `./${HARNESS_DIR}/harness.html` };
  for (const file of [page.entry, page.template]) {
    if (!fs.existsSync(path.resolve(__dirname, file))) {
      throw new Error(`HARNESS=1 needs ${file} (the browser-test harness page)`);
    }
  }
  return page;
}

async function devServerHttps() {
  // Only `webpack serve` needs certificates; requiring this lazily keeps builds free of it.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const site = siteOptions(process.env, { dev: dev || serving });
  const pages = site.harness ? [...PAGES, harnessPage()] : PAGES;

  const officeJsCopy =
    site.officeJs === "self"
      ? [
          {
            from: path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist"),
            to: "office-js",
            // office.js loads only the non-debug files it is given; the .debug.js twins halve the copy.
            globOptions: { ignore: ["**/*.debug.js"] },
            // Already minified by Microsoft; re-minifying 30 MB would take minutes.
            info: { minimized: true },
          },
        ]
      : [];

  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: Object.fromEntries(pages.map((page) => [page.name, page.entry])),
    output: {
      path: OUTPUT,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are `npm run typecheck`'s job; ES modules let webpack drop unused Fluent parts.
              transpileOnly: true,
              compilerOptions: { module: "es2020", noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: { splitChunks: { chunks: "all" } },
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office-js/"),
    },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
            templateParameters: { csp: site.csp, officeJsUrl: site.officeJsUrl },
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          // Each finding links to its rule's page (src/core/rule-docs.ts), served from this site so it
          // opens where the add-in does, office.js's CDN or not (docs/pane.md).
          { from: "docs/rules/*.md", to: "docs/rules/[name][ext]" },
          // Copied as written: it must stay ES5 so that Internet Explorer 11 and Edge Legacy can parse it.
          { from: "src/legacy-engine/legacy-engine.js", to: "legacy-engine.js", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), site.baseUrl)),
          },
          ...officeJsCopy,
        ],
      }),
    ],
    devServer: serving
      ? {
          hot: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
