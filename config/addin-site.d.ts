export declare const DEV_BASE_URL: string;
export declare const CDN_OFFICE_JS: string;
export declare const SELF_OFFICE_JS: string;
export declare const VIANET_OFFICE_JS: string;
export interface SiteOptions {
  baseUrl: string;
  officeJs: "cdn" | "21vianet" | "self";
  officeJsUrl: string;
  csp: string;
  harness: boolean;
}
export declare function siteOptions(env?: Record<string, string | undefined>, options?: { dev?: boolean }): SiteOptions;
export declare function rewriteManifest(xml: string, baseUrl: string): string;
export declare function contentSecurityPolicy(options: { officeJs: "cdn" | "21vianet" | "self"; dev: boolean }): string;
