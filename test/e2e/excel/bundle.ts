/**
 * The harness (./harness.ts) bundled for the browser with webpack (a programmatic compile of a
 * small config of our own, not the project's webpack.config.js), into .tmp/e2e-excel-harness/.
 * Resolves to the bundle's source text, which the test serves in place of office.js.
 */
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..", "..");
const OUT = join(ROOT, ".tmp", "e2e-excel-harness");

export function buildHarness(): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const compiler = webpack({
    mode: "production",
    context: ROOT,
    entry: join(__dirname, "harness.ts"),
    target: "web",
    devtool: false,
    output: { path: OUT, filename: "harness.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: join(ROOT, "tsconfig.json"),
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: false },
            },
          },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(`harness bundle failed:\n${stats?.toString("errors-only")}`));
      resolve(readFileSync(join(OUT, "harness.js"), "utf8"));
    });
  });
}
