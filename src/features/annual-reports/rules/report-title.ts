/** The title of a year's report, as the national template names it. */
export const reportTitle = (year: number) => `${year}年政府信息公开工作年度报告`
