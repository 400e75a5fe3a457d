// Builds the task pane into dist/: taskpane.html, hashed bundles, assets/ (icons), support.html,
// manifest.xml and rules/*.json, and the custom functions that run in the pane's page (see below).
//
//   npx webpack --mode production    dist/ for deployment; manifest URLs point at the production URL
//   npx webpack --mode development   dist/ with https://localhost:3000/ URLs
//   npm run dev-server               serves it on https://localhost:3000 (scripts/dev-server.js)
//
// Production URL: KVOT_PROD_URL=https://your.host/path/ npm run build   (default https://kvot.example.se/).
// Every https://localhost:3000/ in manifest.xml is replaced by it, as the Office template does.
//
// --env options (used by bench/pane.bench.ts and for trying the config with another entry):
//   entry=FILE template=FILE html=NAME.html outDir=DIR pageOnly (no manifest, assets or rules)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { ensureValidator } from './scripts/build-validator.js';
import { NO_EVAL_ALIASES } from './scripts/no-eval.js';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import { productionBaseUrl, productionManifest } from './scripts/manifest-checks.js';
import { LocalizedFunctionsMetadataPlugin, StableEntryNamePlugin } from './scripts/functions-metadata.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (file) => path.resolve(root, file);

/**
 * Fails the build when server-side or test code reaches the browser bundle: exceljs and Node
 * built-ins belong to the CLI, and the Excel stand-in used by end-to-end tests must never ship.
 */
class KeepOutOfBrowserBundle {
  static forbidden = [
    { dir: path.join(root, 'node_modules', 'exceljs') + path.sep, why: 'exceljs is for the CLI only' },
    { dir: path.join(root, 'src', 'cli') + path.sep, why: 'src/cli runs on Node only' },
    { dir: path.join(root, 'test') + path.sep, why: 'test code (e.g. the Excel stand-in) must not ship' },
    { dir: path.join(root, 'scripts') + path.sep, why: 'scripts/ runs on Node only' },
    { dir: path.join(root, 'bin') + path.sep, why: 'bin/ runs on Node only' },
  ];

  apply(compiler) {
    compiler.hooks.normalModuleFactory.tap('KeepOutOfBrowserBundle', (factory) => {
      factory.hooks.beforeResolve.tap('KeepOutOfBrowserBundle', (data) => {
        if (data.request.startsWith('node:')) {
          this.fail(data, `"${data.request}" is a Node built-in`);
          return false;
        }
        return undefined;
      });
      factory.hooks.afterResolve.tap('KeepOutOfBrowserBundle', (data) => {
        const resource = data.createData.resource ?? '';
        const hit = KeepOutOfBrowserBundle.forbidden.find((f) => resource.startsWith(f.dir));
        if (hit) {
          this.fail(data, `${path.relative(root, resource)}: ${hit.why}`);
          return false;
        }
        return undefined;
      });
    });
    compiler.hooks.thisCompilation.tap('KeepOutOfBrowserBundle', (compilation) => {
      this.compilation = compilation;
    });
  }

  fail(data, reason) {
    const issuer = data.contextInfo.issuer ? path.relative(root, data.contextInfo.issuer) : '(entry)';
    const error = new webpack.WebpackError(`Kept out of the browser bundle: ${reason} (imported by ${issuer})`);
    this.compilation?.errors.push(error);
  }
}

/** Warns (does not fail) when rules/ is missing, so the pane can be built before the rule files exist. */
class WarnWhenMissing {
  constructor(file, message) {
    this.file = file;
    this.message = message;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WarnWhenMissing', (compilation) => {
      if (!existsSync(this.file)) compilation.warnings.push(new webpack.WebpackError(this.message));
    });
  }
}

// ---- No eval in the bundle (Content-Security-Policy without 'unsafe-eval') -------------------------
// 1. rules/schema.json is precompiled (ajv standalone) into src/core/agreement/generated/; refreshed
//    here when the schema changed, so the bundle never holds a stale validator.
// 2. jsonpath-plus (json-rules-engine's resolver for a condition's `path`, which Kvot's rule files
//    cannot have) carries a `new Function` evaluator: NO_EVAL_ALIASES (scripts/no-eval.js, shared
//    with scripts/build-cli.js) replaces it by a stub that throws.
// 3. environment.globalThis: webpack's runtime finds the global object without `new Function`.
// ------------------------------------------------------------------------------------------------
// ---- Excel custom functions (KVOT.*) in the shared runtime ----------------------------------------
// The functions run in the task pane's page (manifest <Runtime resid="Taskpane.Url" lifetime="long">),
// so their entry is one more script of taskpane.html. dependOn shares the pane's webpack runtime and
// modules (one copy of the adapter, so a rule set saved from the pane reaches the functions). Besides
// the hashed script the page loads, the build writes:
//   functions.json       metadata from the JSDoc of src/functions/functions.ts (English, the default)
//   functions-sv.json    the same with src/functions/localization.json's Swedish names and texts
//   functions.js         the entry under the fixed name the manifest's <Script> gives
// Left out of --env pageOnly builds (the benchmark's bare page, the keep-out test).
const FUNCTIONS_SOURCE = fromRoot('src/functions/functions.ts');

function customFunctionsBuild(enabled) {
  if (!enabled) return { entry: {}, pageChunks: [], plugins: [] };
  return {
    entry: { functions: { import: FUNCTIONS_SOURCE, dependOn: 'taskpane' } },
    pageChunks: ['functions'],
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new LocalizedFunctionsMetadataPlugin({
        localization: fromRoot('src/functions/localization.json'),
        languages: { 'functions-sv.json': 'sv' },
      }),
      new StableEntryNamePlugin({ entry: 'functions', filename: 'functions.js' }),
    ],
  };
}
// ---- end of custom functions ----------------------------------------------------------------------

export default async function config(env = {}, argv = {}) {
  ensureValidator({ quiet: true });
  const mode = argv.mode ?? env.mode ?? 'production';
  const production = mode === 'production';
  const outDir = fromRoot(env.outDir ?? 'dist');
  const pageOnly = Boolean(env.pageOnly);
  const urlProd = production ? productionBaseUrl() : undefined;
  const functions = customFunctionsBuild(!pageOnly);

  const copies = [];
  if (!pageOnly) {
    copies.push(
      { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
      { from: 'assets/support.html', to: 'support.html' },
      {
        from: 'manifest.xml',
        to: 'manifest.xml',
        transform: production ? (content) => productionManifest(content.toString('utf8'), urlProd) : undefined,
      },
    );
    if (existsSync(fromRoot('rules'))) copies.push({ from: 'rules/*.json', to: 'rules/[name][ext]' });
  }

  return {
    mode,
    context: root,
    target: 'web',
    entry: { taskpane: fromRoot(env.entry ?? 'src/taskpane/index.tsx'), ...functions.entry },
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Relative URLs: the same dist/ works at https://localhost:3000/ and under a production path.
      publicPath: 'auto',
      clean: true,
      environment: { globalThis: true },
    },
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      alias: NO_EVAL_ALIASES,
      // Also look in the project's node_modules, for entries outside the tree (bench, scratch copies).
      modules: ['node_modules', fromRoot('node_modules')],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // tsc type-checks separately (npm run typecheck); tsconfig has noEmit for that run.
              transpileOnly: true,
              configFile: fromRoot('tsconfig.json'),
              compilerOptions: { noEmit: false, sourceMap: !production },
            },
          },
        },
        {
          test: /\.(png|svg|jpe?g|gif|woff2?)$/i,
          type: 'asset/resource',
          generator: { filename: 'assets/[name].[contenthash:8][ext]' },
        },
      ],
    },
    plugins: [
      new KeepOutOfBrowserBundle(),
      new HtmlWebpackPlugin({
        template: fromRoot(env.template ?? 'src/taskpane/taskpane.html'),
        filename: env.html ?? 'taskpane.html',
        chunks: ['taskpane', ...functions.pageChunks],
      }),
      ...(copies.length ? [new CopyWebpackPlugin({ patterns: copies })] : []),
      ...(pageOnly ? [] : [new WarnWhenMissing(fromRoot('rules'), 'rules/ does not exist yet: dist/rules/ will be empty')]),
      ...functions.plugins,
    ],
    optimization: {
      splitChunks: {
        // Named vendor chunks for what the pane needs at start-up, so they cache across releases;
        // code split off with import() keeps webpack's default async splitting.
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            chunks: 'initial',
            priority: 30,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc[\\/]helpers|rtl-css-js|stylis|embla-carousel[^\\/]*|@emotion|use-sync-external-store)[\\/]/,
            name: 'fluent',
            chunks: 'initial',
            priority: 20,
          },
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendors',
            chunks: 'initial',
            priority: 10,
          },
        },
      },
    },
    performance: production
      ? {
          // Office loads the pane from the network every time it opens: keep start-up lean.
          hints: 'warning',
          maxEntrypointSize: 1024 * 1024,
          maxAssetSize: 500 * 1024,
          assetFilter: (file) => /\.(js|css|html)$/.test(file),
        }
      : false,
    stats: production ? 'normal' : 'minimal',
    devServer: {
      port: 3000,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Certificates are added by scripts/dev-server.js (scripts/certs.js) or below for `webpack serve`.
      server: { type: 'https', options: env.WEBPACK_SERVE ? await serveCertificates() : undefined },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
      devMiddleware: { writeToDisk: false },
    },
  };
}

/** Certificates for `webpack serve`; scripts/dev-server.js loads them itself to print advice once. */
async function serveCertificates() {
  const { getHttpsOptions } = await import('./scripts/certs.js');
  const options = await getHttpsOptions();
  return options ? { key: options.key, cert: options.cert, ca: options.ca } : undefined;
}
