#!/usr/bin/env python3
"""Makes the search test corpus from shared/corpus/seeds: seed-docs.json (the seeds cut into ~600-character
documents) and seed-queries.json (labelled queries; a document is relevant when every group of a
rule has one of its phrases, simplified or traditional). Run from the repository root with shared/ beside it."""
import json, glob, os, re, collections
out=[]
for f in sorted(glob.glob('../shared/corpus/seeds/*.txt')):
    name=os.path.basename(f)[:3]
    text=open(f,encoding='utf-8').read()
    lines=[]
    for l in text.split('\n'):
        l=re.sub(r'\s+',' ',l.strip())
        if not l: continue
        if len(l)>300:
            lines += [s for s in re.split(r'(?<=[。；！？.])', l) if s.strip()]
        else:
            lines.append(l)
    buf=[]; n=0
    def flush():
        global buf,n
        if not buf: return
        body='\n'.join(buf)
        out.append({"id":f"s{name}-{n:03d}","title":buf[0][:40],"body":body,"source":os.path.basename(f)})
        n+=1; buf=[]
    for l in lines:
        if re.search(r'篇[一二三四五六七八九十]+$', l) and buf:
            flush()
        buf.append(l)
        if sum(len(x) for x in buf)>=600: flush()
    flush()
print(len(out), sum(len(d['body']) for d in out))
print(collections.Counter(d['source'] for d in out))
json.dump(out, open('search/src/test/resources/org/govsite/search/seed-docs.json','w'), ensure_ascii=False, indent=0)
docs=out
# query -> rule: list of groups; a doc is relevant when every group has one alternative in title+body
Q=[
("政府网站建设", [["政府网站","政府網站"],["建设","建設"]]),
("网站定位", [["网站定位","網站定位"]]),
("功能定位", [["功能定位"]]),
("解决方案", [["解决方案","解決方案"]]),
("虚拟主机", [["虚拟主机","虛擬主機"]]),
("服务器", [["服务器","服務器"]]),
("操作系统", [["操作系统","操作系統"]]),
("网站推广", [["网站推广","網站推廣"]]),
("搜索引擎", [["搜索引擎"]]),
("网站维护", [["网站维护","網站維護"]]),
("信息公开", [["信息公开","信息公開"]]),
("政务公开", [["政务公开","政務公開"]]),
("依申请公开", [["依申请公开","依申請公開"]]),
("领导信箱", [["领导信箱","領導信箱","市长信箱","市長信箱","县长信箱","縣長信箱"]]),
("在线访谈", [["在线访谈","在線訪談"]]),
("网上办事", [["网上办事","網上辦事"]]),
("办事指南", [["办事指南","辦事指南"]]),
("便民服务", [["便民服务","便民服務"]]),
("信息安全", [["信息安全"]]),
("安全保障", [["安全保障"]]),
("保密审查", [["保密"],["审查","審查","审核","審核"]]),
("考核评估", [["考核","考评","考評"],["评估","評估"]]),
("绩效评估", [["绩效","績效"]]),
("栏目设置", [["栏目","欄目"],["设置","設置"]]),
("栏目更新", [["栏目","欄目"],["更新"]]),
("内容保障", [["内容保障","內容保障"]]),
("信息发布", [["信息发布","信息發布"]]),
("审核发布", [["审核","審核"],["发布","發布"]]),
("更新维护", [["更新"],["维护","維護"]]),
("门户网站", [["门户网站","門戶網站"]]),
("中国政府网", [["中国政府网","中國政府網","中央政府门户网站","中央政府門戶網站"]]),
("英文版", [["英文版"]]),
("繁体版", [["繁体版","繁體版"]]),
("网站群", [["网站群","網站群","站群"]]),
("域名", [["域名"]]),
("互动交流", [["互动","互動"],["交流"]]),
("公众参与", [["公众参与","公眾參與","公众","公眾"],["参与","參與"]]),
("民意征集", [["征集","徵集"]]),
("网上咨询", [["咨询","諮詢"],["网上","網上","在线","在線"]]),
("投诉举报", [["投诉","投訴"],["举报","舉報"]]),
("人才队伍", [["人才"],["队伍","隊伍"]]),
("技术培训", [["培训","培訓"]]),
("经费保障", [["经费","經費"]]),
("工作机制", [["机制","機制"],["工作"]]),
("责任制", [["责任制","責任制"]]),
("问责", [["问责","問責"]]),
("统一思想", [["统一思想","統一思想"]]),
("电子政务", [["电子政务","電子政務"]]),
("政府职能转变", [["职能","職能"]]),
("服务型政府", [["服务型政府","服務型政府"]]),
("以人为本", [["以人为本","以人為本"]]),
("市场分析", [["市场分析","市場分析"]]),
("网站内容建设", [["内容建设","內容建設"]]),
("信息资源整合", [["整合"],["资源","資源"]]),
("数据库", [["数据库","數據庫"]]),
("网页设计", [["网页","網頁","页面","頁面"],["设计","設計"]]),
("网站首页", [["首页","首頁"]]),
("更新不及时", [["不及时","不及時"]]),
("湖南省政府网站", [["湖南"]]),
("海关门户网站", [["海关","海關"]]),
("全市政府网站", [["全市"],["政府网站","政府網站"]]),
("县区级政府网站", [["县区","縣區"]]),
("网络舆情", [["舆情","輿情"]]),
("用户需求", [["用户","用戶"],["需求"]]),
]
def norm(s): return s
res=[]
for q,rule in Q:
    rel=[d['id'] for d in docs if all(any(a in d['title']+'\n'+d['body'] for a in g) for g in rule)]
    res.append({"query":q,"relevant":rel})
    print(f"{q:12} {len(rel):3}")
json.dump(res, open('search/src/test/resources/org/govsite/search/seed-queries.json','w'), ensure_ascii=False, indent=1)
print(len(res), sum(1 for r in res if r['relevant']))
