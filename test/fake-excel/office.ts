import { versionNumber } from './errors';
import type { Stats } from './state';

export interface OfficeSettings {
  displayLanguage: string;
  maxExcelApi: string;
}

/** The fake's own Office global: Excel on the web, ExcelApi up to maxExcelApi. */
export function officeStandIn(settings: OfficeSettings) {
  const readyInfo = { host: 'Excel', platform: 'OfficeOnline' };
  const maxApi = versionNumber(settings.maxExcelApi);
  return {
    HostType: {
      Excel: 'Excel',
      Word: 'Word',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
      Project: 'Project',
      Access: 'Access',
    },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    onReady: (callback?: (info: typeof readyInfo) => void) =>
      new Promise<typeof readyInfo>((resolve) =>
        setTimeout(() => {
          callback?.(readyInfo);
          resolve(readyInfo);
        }, 0),
      ),
    context: {
      displayLanguage: settings.displayLanguage,
      officeTheme: undefined,
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && versionNumber(version ?? '1.1') <= maxApi,
      },
    },
  };
}

/**
 * The Office host that Microsoft's office.js asks for through window.external, as Excel for Windows
 * answers it: which host this is, and the add-in's context. Calls into the host (Execute: office.js's
 * telemetry; RegisterEvent: theme and visibility events) are accepted, recorded and never answered.
 */
export function installHost(window: { external?: unknown }, settings: OfficeSettings, stats: Stats): void {
  const locale = settings.displayLanguage;
  const context = {
    GetAppType: () => 1, // Excel
    GetSolutionRef: () => 'kvot-e2e',
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 1,
    GetAppUILocale: () => locale,
    GetAppDataLocale: () => locale,
    GetDocUrl: () => '',
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => '',
    GetSupportedMatrix: () => JSON.stringify({ ExcelApi: settings.maxExcelApi }),
    GetHostFullVersion: () => '16.0.18000.10000',
    GetSettings: () => ({ Read: () => undefined, Write: () => undefined }),
    GetOfficeThemeInfo: () =>
      JSON.stringify({
        primaryFontColor: 0x262626,
        primaryBackgroundColor: 0xffffff,
        secondaryFontColor: 0x404040,
        secondaryBackgroundColor: 0xf3f3f3,
      }),
  };
  const record = (name: string) => () => void stats.hostCalls.push(name);
  const host: Record<string, unknown> = {
    GetHostInfo: () => `Excel$Win32$16.01$${locale}$$$$0`,
    GetContext: () => context,
    Execute: record('Execute'),
    RegisterEvent: record('RegisterEvent'),
    UnregisterEvent: record('UnregisterEvent'),
    MessageParent: record('MessageParent'),
    MessageChild: record('MessageChild'),
  };
  const external = (typeof window.external === 'object' && window.external !== null ? window.external : {}) as object;
  for (const [name, value] of Object.entries(host)) Object.defineProperty(external, name, { value, writable: false, configurable: true });
  if (window.external !== external) Object.defineProperty(window, 'external', { value: external, configurable: true });
}
