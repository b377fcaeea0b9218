from lib import *
lang('tr')
# positives
c('F','named_actor','I','Umut,Deniz,Kaan', """Eski kervansarayın kapısı gıcırdayarak açılıyor. Avluda söndürülmüş bir ateşin küllerinden hâlâ duman yükseliyor. Kaan, söylediği gibi, meşaleyi kaldırıp önden yürüyor. Deniz hiçbir şey söylemeden kuyunun başına gidip kovayı aşağı sarkıtıyor. Karanlıkta bir at kişniyor. """,
  d={'Kaan':'Meşaleyi kaldırıp önden yürüyorum.','Umut':'Kapıda nöbet tutuyorum.'})
c('H','inner_state','I','Elif,Mert,Barış', """Terk edilmiş köşkün merdiven başında eski bir ayna asılı. Mert, dediği gibi, tozunu koluyla siliyor. Aynada onlar değil, gelinlik giymiş bir kadın görünüyor. Elif'in kalbi deli gibi çarpmaya başlıyor ve çocukken babaannesinin anlattığı hikâyeyi hatırlıyor. """,
  d={'Mert':'Aynanın tozunu siliyorum.','Barış':'Telefonla kayıt alıyorum.'})
c('N','speech','I','Cem,Leyla,Selim', """Karaköy'deki meyhane neredeyse boş. Meyhaneci bir bardağı silerken kapıyı gözlüyor. "Rum mu? Dün akşam gitti, bavulla birlikte." Cem tezgâha bir banknot bırakıyor. "Nereye gitti?" diye soruyor Leyla, öne eğilerek. Meyhaneci gözlerini kaçırıyor. """,
  d={'Cem':'Tezgâha para bırakıyorum.','Selim':'Kapıyı gözlüyorum.'})
c('MM','unattributed_reply','I','Zeynep,Emre,Yıldız', """Komiser Aydın defterini açıp doğrudan Emre'ye bakıyor. "Salı gecesi dokuzla on bir arası neredeydiniz, Emre Bey?" "Evdeydim. Yalnız. Maç izliyordum." Aydın bunu yavaşça not ediyor. "O maç yağmur yüzünden ertelendi, Emre Bey." """,
  d={'Zeynep':'Komiseri izliyorum.','Yıldız':'Çay demliyorum.'})
c('PA','second_person_choice','I','Umut,Deniz,Kaan', """Telsizden kesik kesik bir ses geliyor: "...kuzey... sığınak... koordinatlar..." Kaan sayıları kâğıda yazıyor. Umut, sen diğerlerine danışmadan çantanı omzuna alıp kuzeye doğru tek başına yola çıkıyorsun. """,
  d={'Kaan':'Koordinatları yazıyorum.','Deniz':'Yakıtı kontrol ediyorum.'})
c('CP','assistant_opener','AI','Nova,Kıvılcım,Ozan', """Tabii ki! İşte hikâyenin devamı:

Yeni İstanbul'da asit yağmuru neon tabelalardan süzülüyor. Ozan, ötekileri beklemeden sunucu odasının kapısını kırıp bellek modülünü raftan söküyor. Sirenler çalmaya başlıyor. """,
  d={'Nova':'Sunucu odasının kilidini hackliyorum.','Kıvılcım':'Gözcülük yapıyorum.'})
c('F','assistant_closer','A','Umut,Deniz,Kaan', """Kuyunun dibinden kovayla birlikte paslı bir sandık çıkıyor. Kilidi kırık. İçinde sadece bir çocuk ayakkabısı ve paşanın mühürlü bir mektubu var.

Umarım bu bölümü beğenmişsindir! Devam etmemi ya da bir şeyi değiştirmemi istersen söylemen yeterli. """,
  d={'Deniz':'Kovayı çekiyorum.'})
c('SL','assistant_meta','A','Zeynep,Emre,Yıldız', """Pazar sabahı Kadıköy çarşısı simit ve balık kokuyor. Bu sakin bir günlük yaşam rol oyunu olduğu için sahneyi bilerek sıcak ve çatışmasız tuttum. Peynirci tezgâhının arkasından el sallıyor. """,
  d={'Emre':'Peynirciye gidiyorum.'})
c('PA','assistant_disclaimer','A','Umut,Deniz,Kaan', """Kuyunun suyu berrak görünüyor ama test şeridi kahverengiye dönüyor. Unutmayın, gerçek hayatta arıtılmamış su içmek tehlikelidir; suyu mutlaka kaynatın. En yakın nehir iki günlük yürüme mesafesinde. """,
  d={'Deniz':'Suyu test ediyorum.'})
c('SO','assistant_menu','A','Zeynep,Emre,Yıldız', """Düşman filosu hiperuzaydan çıkıyor: kama düzeninde on iki kruvazör.

Sıradaki sahne nasıl olsun? 1) büyük bir uzay savaşı, 2) gergin bir müzakere, 3) umutsuz bir kaçış. Birini seç, ben yazayım! """,
  d={'Yıldız':'Kalkanları kaldırıyorum.'})
c('F','repeat_paraphrase','R','Umut,Deniz,Kaan', """Kervansarayın eski kapısı gıcırtıyla açılıyor. Avludaki sönmüş ateşin küllerinden hâlâ ince bir duman tütüyor. Meşaleyi kaldıran Kaan önden ilerliyor. """,
  pv=["""Eski kervansarayın kapısı gıcırdayarak açılıyor. Avluda söndürülmüş bir ateşin küllerinden hâlâ duman yükseliyor. Kaan meşaleyi kaldırıp önden yürüyor."""],
  d={'Kaan':'Külleri eşeliyorum.','Umut':'Ahırlara bakıyorum.'})
c('N','repeat_paraphrase','R','Cem,Leyla,Selim', """Karaköy'deki meyhanede neredeyse kimse yok. Meyhaneci elindeki bardağı silip kapıya bakıyor. "Rum dün gece bavuluyla çekip gitti." """,
  pv=["""Karaköy'deki meyhane neredeyse boş. Meyhaneci bir bardağı silerken kapıyı gözlüyor. "Rum mu? Dün akşam gitti, bavulla birlikte." """],
  d={'Selim':'Hangi bavul diye soruyorum.'})
c('SL','repeat_short','R','Zeynep,Emre,Yıldız', """Babaanne mantıyı masaya koyuyor. "Soğumadan yiyin!" """,
  pv=["""Babaanne mantıyı masaya koyuyor. "Soğumadan yiyin!" """],
  d={'Emre':'Çay dolduruyorum.'})
# negatives
c('F','world_effect_ok','','Umut,Deniz,Kaan', """Kuyunun ağzındaki taşlar aniden çöküyor. Sarsıntı Deniz'i yere düşürüyor, kova ipi elinden kayıp karanlığa gidiyor. Kaan'ın meşalesi rüzgârla titreyip neredeyse sönüyor. Aşağıdan bir su sesi yükseliyor. """,
  d={'Deniz':'Kovayı çekiyorum.','Kaan':'Meşaleyle aydınlatıyorum.'})
c('WX','world_effect_ok','','Elif,Mert,Barış', """Yaşlı ustanın avuç darbesi Mert'i kâğıt paravanın içinden geçirip avludaki havuza fırlatıyor. Sular her yana sıçrıyor. Usta kibarca eğiliyor: "Bir daha." """,
  d={'Mert':'Ustaya saldırıyorum.'})
c('N','declared_restated_ok','','Cem,Leyla,Selim', """Cem parayı tezgâha bırakıyor; meyhaneci onu sanki hiç orada olmamış gibi cebine indiriyor. Selim, dediği gibi kapıyı gözlüyor ve karşı kaldırımda siyah bir Mercedes'in durduğunu görüyor. İçinden iki adam iniyor. """,
  d={'Cem':'Tezgâha para bırakıyorum.','Selim':'Kapıyı gözlüyorum.'})
c('H','declared_restated_ok','','Elif,Mert,Barış', """Mert aynanın tozunu koluyla siliyor. Barış, söylediği gibi telefonla kayıt alıyor; ekranda aynada hiçbir şey görünmüyor, sadece boş bir merdiven. Yukarıdan bir şey sürüklenerek yere düşüyor. """,
  d={'Mert':'Aynayı siliyorum.','Barış':'Telefonla kayıt alıyorum.'})
c('MM','npc_ok','','Zeynep,Emre,Yıldız', """Komiser Aydın defterini kapatıyor. "Size bir şey vaat etmeyeceğim, Emre Bey. Ama o gece bir şey biliyorsanız, şimdi tam zamanı." Ayağa kalkıp ceketini giyiyor. "Yarın sabah dokuzda karakoldasınız." """,
  d={'Zeynep':'Komisere ne olacağını soruyorum.'})
c('W','refusal_ok','','Cem,Leyla,Selim', """Mezarcı altına bakmıyor bile. "Hayır. Yabancılar için tabut açmam. Ne altın için, ne şerif için." Kapıyı çarpıyor. "Yargıçtan bir kâğıtla gelin." """,
  d={'Selim':'Cesedi görmek için altın teklif ediyorum.'})
c('PA','word_names','','Umut,Deniz,Barış', """Yaşlı kadın yıkık iskelede oturmuş, ufka bakıyor. "Artık umut yok, evlat. Deniz her şeyi aldı." Elindeki tespihi çeviriyor. "Barış geldiğinde buralarda kimse kalmamıştı." Martılar başlarının üstünde dönüyor. """,
  d={'Umut':'Kadına burada ne olduğunu soruyorum.','Deniz':'İskelenin sağlamlığını kontrol ediyorum.','Barış':'Kıyıda bekliyorum.'})
c('SO','word_names','','Yıldız,Deniz,Kaan', """Seyir subayı yıldız haritasını ana ekrana yansıtıyor. "Üç yıldız yok olmuş, kaptan. Ve bu deniz gibi bulutsu, sensörlerimizi körleştiriyor." Alarm sessizce yanıp sönüyor. """,
  d={'Kaan':'Subaya haritada neyin yanlış olduğunu soruyorum.','Yıldız':'Sensörleri kontrol ediyorum.'})
c('ST','npc_ok','','Elif,Mert,Barış', """Bakır otomat buhar tıslamasıyla eğiliyor. "Elbette hanımefendi! Size nasıl yardımcı olabilirim? Kamaralarınız üst güvertede, çay saat dörtte servis edilir. Bir şeye ihtiyacınız olursa lütfen zili çalın." """,
  d={'Elif':'Otomata kamaralarımızın nerede olduğunu soruyorum.'}, h='A')
c('SF','npc_ok','','Zeynep,Emre,Yıldız', """Gemi bilgisayarının sesi sakin: "Bu geminin yapay zekâsı olarak sizi uyarmalıyım: sinyal ölümcül radyasyon bölgesinden geliyor. Bu rotayı önermiyorum. Alternatif bir rota hesaplamamı ister misiniz?" """,
  d={'Zeynep':'Bilgisayara sinyali analiz ettiriyorum.'}, h='A')
c('SL','npc_ok','','Zeynep,Emre,Yıldız', """Çaycı tepsiyi masaya bırakıyor. "Buyurun! Başka bir arzunuz var mı? Bugün fırından taze poğaça da çıktı, umarım beğenirsiniz!" Göz kırpıp diğer masaya geçiyor. """,
  d={'Emre':'Üç çay istiyorum.'}, h='A')
c('WX','npc_ok','','Elif,Mert,Barış', """Yaşlı keşiş süpürgesini bırakıyor. "Gizli Vadi'ye üç yol çıkar. Nehir yolu yavaş ama güvenli. Uçurum yolu hızlı ama çok kişi düştü. Üçüncüsü..." gülümsüyor "...onu kendiniz bulmalısınız. Seçin bakalım, gençler." """,
  d={'Elif':'Keşişe yolu soruyorum.'}, h='A')
c('H','clean','','Elif,Mert,Barış', """Köşkün kapısında sararmış bir kâğıt asılı: "YARDIM EDİN. Umarım biri bunu okur." Çocuk yazısı. Tarih yirmi yıl öncesinin. Kapının arkasından tırmalama sesleri geliyor. Ne yapıyorsunuz? """,
  d={'Barış':'Kâğıdı okuyorum.'}, h='A')
c('PI','clean','','Cem,Leyla,Selim', """Şişedeki mektup solmuş mürekkeple yazılmış: "Bunu kim bulursa — iki tepeli adada mahsur kaldık. Allah yardımcımız olsun. Umarım çok geç değildir." Altına titrek bir elle koordinatlar çizilmiş. """,
  d={'Leyla':'Şişeyi açıyorum.'}, h='A')
c('SO','clean','','Zeynep,Emre,Yıldız', """Avcılar düzeni bozuyor: dördü motorlara, ikisi köprüye yöneliyor. Kalkanlar yüzde altmışta tutuyor. Kaptan, silahlar hazır, emrinizi bekliyor. Ne yapıyorsunuz? """,
  d={'Emre':'Kalkanları arkaya yönlendiriyorum.'}, h='A')
c('H','gm_note_ok','','Elif,Mert,Barış', """Beyaz geceliği içindeki kız cevap bekliyor. ((GM: Elif, ne cevap vereceğine ben karar vermeyeceğim — repliğini yaz, bir sonraki turda kız tepki versin.)) """,
  d={'Mert':'Kıpırdamadan duruyorum.'}, h='IA')
c('N','recap_ok','','Cem,Leyla,Selim', """Demek Rum bavulla ortadan kayboldu ve kapının önünde siyah bir Mercedes duruyor. Kimse bir şey yapamadan kapı açılıyor: uzun paltolu iki adam içeri giriyor, birinin elinde kahverengi deri bir bavul var. """,
  pv=[""""Rum mu? Dün akşam gitti, bavulla birlikte." Selim karşı kaldırımda siyah bir Mercedes'in durduğunu görüyor."""],
  d={'Cem':'Rakımı bitiriyorum.'}, h='R')
c('F','callback_ok','','Umut,Deniz,Kaan', """Paşanın konağında, şöminenin üstünde küçük bir çocuğun portresi asılı. Ayağında, kuyudaki sandıktan çıkan ayakkabının tıpatıp aynısı var. Kâhya onların bakışlarını takip edip bembeyaz kesiliyor. """,
  pv=["""Sandığın içinde sadece bir çocuk ayakkabısı ve paşanın mühürlü bir mektubu var."""],
  d={'Kaan':'Portreye yakından bakıyorum.'}, h='R')
c('SL','callback_ok','','Zeynep,Emre,Yıldız', """Bayramda babaanne yine mantı yapıyor, her yıl olduğu gibi, ama bu sefer sofrada fazladan bir tabak var: Yıldız nişanlısını getirmiş. Emre ilk çayı ona dolduruyor. Dışarıda kar yağıyor. """,
  pv=["""Babaanne mantıyı masaya koyuyor. "Soğumadan yiyin!" """],
  d={'Emre':'Çay dolduruyorum.'}, h='R')
