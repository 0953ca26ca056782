/** The glossary's categories, in the order the glossary page lists them. */
export const TERM_CATEGORIES = ['学习教育', '组织制度', '队伍建设', '党建品牌与活动', '意识形态与安全稳定', '德育与思想政治'] as const;
