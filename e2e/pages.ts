import { overviewPath } from "./seed";

/** Every page of the built site, for the checks that must hold on all of them. Add a page when it lands. */
export const sitePages = [
  "",
  overviewPath,
  `${overviewPath}plans/`,
  `${overviewPath}source/`,
  `${overviewPath}present/`,
  `${overviewPath}present/presenter/`,
  "compare/",
  "import/",
  "local/?id=no-such-report",
  "reports/no-such-report/",
];
